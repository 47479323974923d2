package org.aam.jwt.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.aam.jwt.tokens.boundary.Jwts;

@ApplicationScoped
public class TokenIssuingExample {

    @Inject
    Jwts jwts;

    /** Issues a token for a user: the service picks the algorithm, the key and the mandatory claims. */
    public String issueJwtToken(long userId, Map<String, ?> claims) {
        return jwts.forUser(userId).create(claims).token();
    }

    public String issueForOneDay(long userId) {
        return issueJwtToken(userId, Map.of(
                "exp", Instant.now().plus(1, ChronoUnit.DAYS).getEpochSecond(), // expires in one day
                "department", "IT"));                                          // a custom claim
    }
}

package org.aam.jwt.tokens.entity;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * A token as the APIs show it (the token object of the REST API, and what the Java developer API returns).
 *
 * @param id        the token's {@code jti}
 * @param token     the compact JWT
 * @param claims    its claims
 * @param signedUrl a page of the site with the token added as the {@code aam-jwt} parameter
 * @param error     why the token does not work now; empty when it does
 * @param lastUsedAt the last time it authenticated a request, as the database knows it; empty while it never did
 */
public record UserToken(String id, String token, JsonObject claims, String signedUrl, Optional<String> error,
        Optional<Instant> lastUsedAt) {

    /** @return whether the token works now */
    public boolean isValid() {
        return error.isEmpty();
    }
}

package org.aam.jwt.tokens.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.tokens.entity.TokenSubject;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.entity.WpError;

/**
 * The claims of an issued token. The service's own claims come first and cannot be overridden: additional
 * claims may not use their names (the published plugin let them replace iss, jti or exp).
 */
public final class ClaimSet {

    /** Marks a console session's token, registered apart from the API tokens (see SessionToken). */
    public static final String CONSOLE_SESSION = "aam_console";

    public static final Set<String> RESERVED = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "userId",
            "refreshable", "revocable", "upn", "groups", CONSOLE_SESSION);

    private ClaimSet() {
    }

    /** @throws WpError 400 naming every reserved claim used */
    public static JsonObject checkAdditional(JsonObject additional) {
        List<String> reserved = additional.keySet().stream().filter(RESERVED::contains).sorted().toList();
        if (!reserved.isEmpty()) {
            throw WpError.invalidParam("Invalid parameter(s): additional_claims may not set the reserved claim(s) "
                    + String.join(", ", reserved));
        }
        return additional;
    }

    /** The claim set, in the order AAM writes it. */
    public static JsonObject of(TokenRequest request, String issuer, String jti, long issuedAt, TokenSubject subject) {
        JsonObjectBuilder claims = JsonBuilders.object()
                .add("iat", issuedAt)
                .add("iss", issuer)
                .add("exp", request.expiresAt())
                .add("jti", jti)
                .add("refreshable", request.refreshable())
                .add("revocable", request.revocable())
                .add("userId", subject.userId())
                // For other services: most libraries take the principal from sub; MicroProfile JWT takes it from upn
                // and the caller's roles from groups (the user's roles and capabilities).
                .add("sub", Long.toString(subject.userId()))
                .add("upn", subject.username())
                .add("groups", groupsOf(subject));
        checkAdditional(request.additionalClaims()).forEach(claims::add);
        return claims.build();
    }

    /** The claims of a console session: a revocable token that is not refreshable, marked as a session. */
    public static JsonObject session(long expiresAt, String issuer, String jti, long issuedAt, TokenSubject subject) {
        JsonObject claims = of(new TokenRequest(expiresAt, false, true, JsonValue.EMPTY_JSON_OBJECT), issuer, jti,
                issuedAt, subject);
        return JsonBuilders.object(claims).add(CONSOLE_SESSION, true).build();
    }

    /** Whether these claims are a console session's. */
    public static boolean isSession(JsonObject claims) {
        return claims.get(CONSOLE_SESSION) == JsonValue.TRUE;
    }

    /**
     * The claims of a refreshed token: every claim of the old one, with a new {@code jti} and {@code iat}, an
     * {@code exp} that keeps the old lifetime, and the subject as it is now (a demoted user's refreshed token must
     * not carry the old {@code groups}).
     */
    public static JsonObject renewed(JsonObject old, String jti, long issuedAt, TokenSubject subject) {
        long lifetime = old.getJsonNumber("exp").longValue() - old.getJsonNumber("iat").longValue();
        return JsonBuilders.object(old)
                .add("iat", issuedAt)
                .add("exp", issuedAt + lifetime)
                .add("jti", jti)
                .add("upn", subject.username())
                .add("groups", groupsOf(subject))
                .build();
    }

    private static JsonArrayBuilder groupsOf(TokenSubject subject) {
        JsonArrayBuilder groups = JsonBuilders.array();
        subject.groups().forEach(groups::add);
        return groups;
    }
}

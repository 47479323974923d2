package org.aam.jwt.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aam.jwt.rest.control.JsonObjects;
import org.aam.jwt.tokens.entity.Token;

/**
 * The claims of registered tokens, by id, parsed once: a list shows ten tokens with their claims at every request,
 * and a token's claims never change (its id is its {@code jti}; a refresh makes another token). Beyond
 * {@link #CAPACITY} tokens it starts again empty, which keeps reads lock-free and its memory bounded (a few MB).
 */
@ApplicationScoped
public class StoredClaims {

    static final int CAPACITY = 4_096;

    private final Map<String, JsonObject> claims = new ConcurrentHashMap<>();

    public JsonObject of(Token token) {
        JsonObject known = claims.get(token.id());
        if (known != null) {
            return known;
        }
        JsonObject parsed = parse(token.compact());
        if (claims.size() >= CAPACITY) {
            claims.clear();
        }
        claims.put(token.id(), parsed);
        return parsed;
    }

    /** Without checking the signature again: the token is one this service issued and stored. */
    private static JsonObject parse(String compact) {
        String payload = compact.split("\\.")[1];
        return JsonObjects.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    int size() {
        return claims.size();
    }
}

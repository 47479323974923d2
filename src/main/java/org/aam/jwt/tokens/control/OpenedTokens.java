package org.aam.jwt.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.aam.jwt.rest.control.JsonObjects;
import org.aam.jwt.tokens.entity.OpenedToken;
import org.aam.jwt.tokens.entity.Token;

/**
 * Registered tokens, decrypted and their claims parsed once per token: a list shows ten tokens in full at every
 * request, and a registered token never changes (its id is its {@code jti}; a refresh makes another token). It is
 * asked only for a token whose row was just read for a caller allowed to see it, so a deleted token is never
 * shown from here. It holds {@link #CAPACITY} tokens at most (a few MB).
 */
@ApplicationScoped
public class OpenedTokens {

    static final int CAPACITY = 4_096;

    private final BoundedMemo<String, OpenedToken> opened = new BoundedMemo<>(CAPACITY);

    public OpenedToken of(Token token) {
        OpenedToken known = opened.get(token.id());
        if (known != null) {
            return known;
        }
        String compact = token.compact();
        OpenedToken parsed = new OpenedToken(compact, claimsOf(compact));
        opened.put(token.id(), parsed);
        return parsed;
    }

    /** Without checking the signature again: the token is one this service issued and stored. */
    private static JsonObject claimsOf(String compact) {
        String payload = compact.split("\\.")[1];
        return JsonObjects.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    int size() {
        return opened.size();
    }
}

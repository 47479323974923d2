package org.aam.jwt.tokens.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import org.aam.jwt.tokens.control.SignedUrls;
import org.aam.jwt.tokens.entity.OpenedToken;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenField;
import org.aam.jwt.tokens.entity.UserToken;
import org.aam.jwt.rest.control.JsonBuilders;

/** The token object of the APIs, with the fields asked for. */
final class TokenJson {

    private TokenJson() {
    }

    /**
     * @param opened     its compact form and claims ({@link org.aam.jwt.tokens.control.OpenedTokens})
     * @param problem    why the token does not work now, or empty
     * @param signedPage the page its {@code signed_url} opens
     */
    static UserToken view(Token token, OpenedToken opened, Optional<String> problem, String signedPage,
            String queryParameterName) {
        return new UserToken(token.id(), opened.compact(), opened.claims(),
                SignedUrls.sign(signedPage, queryParameterName, opened.compact()), problem, token.lastUsedAt());
    }

    static JsonObject of(UserToken token, Set<TokenField> fields) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", token.id());
        if (fields.contains(TokenField.IS_VALID)) {
            json.add("is_valid", token.isValid());
        }
        if (fields.contains(TokenField.CLAIMS)) {
            json.add("claims", token.claims());
        }
        if (fields.contains(TokenField.SIGNED_URL)) {
            json.add("signed_url", token.signedUrl());
        }
        json.add("token", token.token());
        if (fields.contains(TokenField.ERROR)) {
            token.error().ifPresent(error -> json.add("error", error));
        }
        if (fields.contains(TokenField.LAST_USED_AT)) {
            json.add("last_used_at", token.lastUsedAt().<JsonValue>map(at -> JsonBuilders.string(at.toString()))
                    .orElse(JsonValue.NULL));
        }
        return json.build();
    }
}

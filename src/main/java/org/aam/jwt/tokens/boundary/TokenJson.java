package org.aam.jwt.tokens.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.Set;
import org.aam.jwt.tokens.control.ClaimsJson;
import org.aam.jwt.tokens.control.SignedUrls;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenField;

/** The token object of the API, with the fields asked for. */
final class TokenJson {

    private TokenJson() {
    }

    /**
     * @param problem    why the token does not work now, or empty
     * @param signedPage the page its {@code signed_url} opens
     */
    static JsonObject of(Token token, Set<TokenField> fields, Optional<String> problem, String signedPage,
            String queryParameterName) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", token.id());
        if (fields.contains(TokenField.IS_VALID)) {
            json.add("is_valid", problem.isEmpty());
        }
        if (fields.contains(TokenField.CLAIMS)) {
            json.add("claims", ClaimsJson.ofStoredToken(token.compact()));
        }
        if (fields.contains(TokenField.SIGNED_URL)) {
            json.add("signed_url", SignedUrls.sign(signedPage, queryParameterName, token.compact()));
        }
        json.add("token", token.compact());
        if (fields.contains(TokenField.ERROR) && problem.isPresent()) {
            json.add("error", problem.get());
        }
        return json.build();
    }
}

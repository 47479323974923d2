package org.aam.jwt.tokens.control;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.aam.jwt.rest.control.JsonObjects;

/** Reads the claims of tokens as JSON-P objects. */
public final class ClaimsJson {

    private ClaimsJson() {
    }

    /** The claims of a token this service issued and stored, read without checking the signature again. */
    public static JsonObject ofStoredToken(String compact) {
        String payload = compact.split("\\.")[1];
        return JsonObjects.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}

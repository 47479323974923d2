package org.aam.jwt.tokens.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Reads claim sets as JSON-P objects. */
public final class ClaimsJson {

    // A reader factory is costly to make and free to reuse.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private ClaimsJson() {
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The claims of a token this service issued and stored, read without checking the signature again. */
    public static JsonObject ofStoredToken(String compact) {
        String payload = compact.split("\\.")[1];
        return parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}

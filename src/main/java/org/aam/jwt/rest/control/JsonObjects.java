package org.aam.jwt.rest.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/** Reads JSON objects this service wrote itself: stored claims and keys. */
public final class JsonObjects {

    // A reader factory is costly to make and free to reuse.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonObjects() {
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

package org.aam.jwt.rest.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The OpenAPI document of the API. Its one source is {@code META-INF/openapi.yaml}, which MicroProfile OpenAPI
 * (Payara, WildFly) serves at {@code /openapi} as it is; {@code /aam/v2/openapi.json} serves the same document read
 * into JSON once, so the two cannot differ. YAML rather than JSON as the source: its many paragraphs of description
 * read and diff as plain text, which JSON's one-line escaped strings do not.
 */
public final class OpenApiDocument {

    public static final String SOURCE = "META-INF/openapi.yaml";

    private static final JsonProvider JSON = JsonProvider.provider();

    private OpenApiDocument() {
    }

    /** @throws IllegalStateException when the WAR lacks the document or it is not a YAML mapping */
    public static JsonObject load() {
        try (InputStream yaml = OpenApiDocument.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (yaml == null) {
                throw new IllegalStateException(SOURCE + " is missing from the WAR");
            }
            Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(yaml);
            if (!(document instanceof Map<?, ?>)) {
                throw new IllegalStateException(SOURCE + " is not a YAML mapping");
            }
            return json(document).asJsonObject();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A value as the YAML loader gives it (maps, lists, strings, numbers, booleans, null), in JSON. */
    static JsonValue json(Object value) {
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((key, member) -> object.add(String.valueOf(key), json(member)));
            return object.build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(json(item)));
            return array.build();
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return JSON.createValue(new BigInteger(value.toString()));
        }
        if (value instanceof Number number) {
            return JSON.createValue(new BigDecimal(number.toString()));
        }
        if (value == null) {
            return JsonValue.NULL;
        }
        throw new IllegalStateException(SOURCE + " holds a value JSON cannot carry: " + value.getClass().getName());
    }
}

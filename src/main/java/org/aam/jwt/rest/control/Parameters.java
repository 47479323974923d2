package org.aam.jwt.rest.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aam.jwt.rest.entity.WpError;

/**
 * The request parameters the way WordPress merges them: a JSON body, then a form body, then the query string;
 * the first source that has a name wins. (Path parameters, which come first, are read by the resources.)
 * An empty string or a JSON {@code null} counts as absent, as an empty form field does in WordPress.
 */
public final class Parameters {

    private static final JsonParserFactory JSON = Json.createParserFactory(Map.of());

    private final JsonObject json;
    private final Map<String, String> form;
    private final Map<String, String> query;

    private Parameters(JsonObject json, Map<String, String> form, Map<String, String> query) {
        this.json = json;
        this.form = form;
        this.query = query;
    }

    /**
     * @param contentType the request's Content-Type, or null
     * @param body        the raw body, possibly empty
     * @param rawQuery    the undecoded query string, or null
     */
    public static Parameters parse(String contentType, String body, String rawQuery) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        boolean jsonTyped = type.startsWith("application/json") || type.contains("+json");
        // curl --data '{"expires_in": ...}' sends JSON labelled as a form: the reference's own example does this.
        boolean looksLikeJson = body.stripLeading().startsWith("{");
        JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
        Map<String, String> form = Map.of();
        if (!body.isBlank() && (jsonTyped || looksLikeJson)) {
            json = parseJsonObject(body);
            json.forEach(Parameters::requireWellFormed);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            form = decodeUrlEncoded(body);
        }
        return new Parameters(json, form, decodeUrlEncoded(rawQuery));
    }

    /** Parameters given as one JSON object, as a JSON body gives them (the Java developer API passes its map so). */
    public static Parameters of(JsonObject json) {
        return new Parameters(json, Map.of(), Map.of());
    }

    /** Decodes {@code a=1&b=2}; a name given twice keeps its last value, as PHP does. */
    public static Map<String, String> decodeUrlEncoded(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformedEscape) {
                throw WpError.invalidParam("Malformed URL encoding in parameter " + name);
            }
        }
        return values;
    }

    /**
     * @throws WpError 400 {@code rest_invalid_json} unless the whole text is one JSON object nested at most
     *                 {@link JsonLimits#MAX_DEPTH} deep
     */
    public static JsonObject parseJsonObject(String text) {
        if (JsonLimits.isTooDeep(text)) {
            throw new WpError(400, "rest_invalid_json", "Invalid JSON body passed: nested deeper than "
                    + JsonLimits.MAX_DEPTH + " levels.");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new WpError(400, "rest_invalid_json", "The JSON body must be an object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new WpError(400, "rest_invalid_json", "Invalid JSON body passed: text after the object.");
            }
            return object;
        } catch (WpError refused) {
            throw refused;
        } catch (RuntimeException malformed) {
            // JsonException, but providers also throw bare runtime exceptions at their own limits (Parsson's depth).
            throw new WpError(400, "rest_invalid_json", "Invalid JSON body passed.");
        }
    }

    private static void requireWellFormed(String name, JsonValue value) {
        if (!JsonLimits.isWellFormed(value)) {
            throw invalid(name, "holds an unpaired surrogate escape such as \\ud800, which is not Unicode text");
        }
    }

    /** The value of a parameter as JSON: form and query values are JSON strings. */
    public Optional<JsonValue> value(String name) {
        JsonValue fromJson = json.get(name);
        if (fromJson != null && fromJson != JsonValue.NULL && !isEmptyString(fromJson)) {
            return Optional.of(fromJson);
        }
        String text = form.containsKey(name) ? form.get(name) : query.get(name);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JsonBuilders.string(text));
    }

    private static boolean isEmptyString(JsonValue value) {
        return value instanceof JsonString s && s.getString().isEmpty();
    }

    /** A string parameter; a JSON number or boolean is taken as its text. */
    public Optional<String> string(String name) {
        return value(name).map(v -> switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER, TRUE, FALSE -> v.toString();
            default -> throw invalid(name, "must be a string");
        });
    }

    public Optional<Boolean> bool(String name) {
        return value(name).map(v -> bool(v, name));
    }

    /** A boolean as WordPress reads one: {@code true}, {@code false}, 1 or 0, as JSON or as a string. */
    public static boolean bool(JsonValue v, String name) {
        return switch (v.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            case NUMBER -> booleanOf(v.toString(), name);
            case STRING -> booleanOf(((JsonString) v).getString(), name);
            default -> throw invalid(name, "must be a boolean");
        };
    }

    private static boolean booleanOf(String text, String name) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw invalid(name, "must be a boolean (true, false, 1 or 0)");
        };
    }

    /** A positive integer, given as a JSON number or a numeric string. */
    public Optional<Long> positiveLong(String name) {
        return value(name).map(v -> {
            String text = switch (v.getValueType()) {
                case NUMBER -> ((JsonNumber) v).isIntegral() ? v.toString() : "";
                case STRING -> ((JsonString) v).getString().trim();
                default -> "";
            };
            try {
                long number = Long.parseLong(text);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // falls through to the error below
            }
            throw invalid(name, "must be a positive integer");
        });
    }

    /** A JSON object, or (for form and query values) a string that holds one. */
    public Optional<JsonObject> object(String name) {
        return value(name).map(v -> switch (v.getValueType()) {
            case OBJECT -> v.asJsonObject();
            case STRING -> {
                JsonObject object;
                try {
                    object = parseJsonObject(((JsonString) v).getString());
                } catch (WpError notAnObject) {
                    throw invalid(name, "must be a JSON object");
                }
                requireWellFormed(name, object);
                yield object;
            }
            default -> throw invalid(name, "must be a JSON object");
        });
    }

    /** A list of strings, given as a JSON array of strings or as one comma-separated string. */
    public Optional<List<String>> list(String name) {
        return value(name).map(v -> switch (v.getValueType()) {
            case ARRAY -> stringsOf((JsonArray) v, name);
            case STRING -> Arrays.stream(((JsonString) v).getString().split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            default -> throw invalid(name, "must be a list of strings");
        });
    }

    private static List<String> stringsOf(JsonArray array, String name) {
        return array.stream().map(item -> {
            if (item instanceof JsonString s) {
                return s.getString().trim();
            }
            throw invalid(name, "must be a list of strings");
        }).toList();
    }

    private static WpError invalid(String name, String rule) {
        return WpError.invalidParam("Invalid parameter(s): " + name + " (" + rule + ")");
    }
}

package org.aam.jwt.rest.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a client's JSON may hold, checked so that no parser limit or silent repair decides: nesting deeper than
 * {@link #MAX_DEPTH} is refused before parsing (a recursive parser would exhaust its stack, Parsson throws a bare
 * RuntimeException at 1,000 levels), and a string with an unpaired UTF-16 surrogate ({@code "\ud800"}), which no
 * UTF-8 column or token can hold and which would be stored as {@code ?}, is refused rather than changed.
 */
public final class JsonLimits {

    /** Far beyond any claim set a client needs, far below any parser's stack. */
    public static final int MAX_DEPTH = 32;

    private JsonLimits() {
    }

    /** Whether the text nests arrays and objects deeper than {@link #MAX_DEPTH}; strings are skipped, escapes too. */
    public static boolean isTooDeep(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    /** Whether every string of the value, member names included, is well-formed Unicode. */
    public static boolean isWellFormed(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> isWellFormed(((JsonString) value).getString());
            case ARRAY -> ((JsonArray) value).stream().allMatch(JsonLimits::isWellFormed);
            case OBJECT -> ((JsonObject) value).entrySet().stream()
                    .allMatch(member -> isWellFormed(member.getKey()) && isWellFormed(member.getValue()));
            default -> true;
        };
    }

    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package org.aam.jwt.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** What the service answered, with the JSON readers the tests need. */
public record HttpAnswer(int status, String body, HttpResponse<String> raw) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new AssertionError("Expected a JSON object, got " + status + ": " + body, notAnObject);
        }
    }

    public JsonArray array() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        } catch (RuntimeException notAnArray) {
            throw new AssertionError("Expected a JSON array, got " + status + ": " + body, notAnArray);
        }
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}

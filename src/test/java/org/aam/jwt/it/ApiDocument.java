package org.aam.jwt.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document of the WAR ({@code META-INF/openapi.yaml}), against which every answer the tests receive is
 * checked: its status must be documented for its route, and its content type, headers and body must match what the
 * document says. Only the answer is checked, never the request, so that tests can still send malformed requests on
 * purpose. An answer of a route the document does not have (an unknown path, another method) must be an error in
 * the API's JSON shape: that is how the document describes every route it does not list.
 */
final class ApiDocument {

    static final String SOURCE = "META-INF/openapi.yaml";

    /** Keys of the validator's messages that mean "no such route": not a mismatch by themselves. */
    private static final Set<String> NO_SUCH_ROUTE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(text())
            .build();

    private ApiDocument() {
    }

    static String text() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is not on the class path: run mvn package first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * @param path the request's path within the WAR, with its query string, without a leading slash
     * @throws AssertionError naming the route and every mismatch
     */
    static void check(String method, String path, HttpAnswer answer) {
        check(method, path, answer.status(), answer.raw().headers().map(), answer.body());
    }

    static void check(String method, String path, int status, Map<String, List<String>> headers, String body) {
        String route = "/" + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (!body.isEmpty()) {
            response.withBody(body);
        }
        String answer = status + " " + body;
        ValidationReport report = VALIDATOR.validateResponse(route,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (report.getMessages().stream().anyMatch(message -> NO_SUCH_ROUTE.contains(message.getKey()))) {
            checkNoSuchRoute(method, route, status, body);
        } else if (report.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + route + " does not match " + SOURCE + ":\n  "
                    + report.getMessages().stream().map(ValidationReport.Message::toString)
                            .collect(Collectors.joining("\n  "))
                    + "\nThe answer: " + answer);
        }
    }

    private static void checkNoSuchRoute(String method, String route, int status, String body) {
        if (status != 404 && status != 405) {
            throw new AssertionError(method + " " + route + " answered " + status + " but is not in " + SOURCE
                    + ": document the route, or answer 404/405. The answer: " + body);
        }
        if (!isError(body, status)) {
            throw new AssertionError(method + " " + route + " is not in " + SOURCE
                    + ", and its refusal is not in the error shape {code, message, data: {status}}: " + body);
        }
    }

    private static boolean isError(String body, int status) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject error = reader.readObject();
            return error.get("code") instanceof JsonString && error.get("message") instanceof JsonString
                    && error.get("data") instanceof JsonObject data && data.getInt("status", 0) == status;
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}

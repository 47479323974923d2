package org.aam.jwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A black-box HTTP client of the deployed service. Every answer is checked against the service's OpenAPI document
 * ({@link ApiDocument}) before the test sees it, unless the client is {@link #outsideTheDocument() outside it}.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final Map<String, String> headers;
    private final boolean documented;

    /** @param base the WAR's URL, ending with a slash */
    public Api(String base) {
        this(base, Map.of(), true);
    }

    private Api(String base, Map<String, String> headers, boolean documented) {
        this.base = base;
        this.headers = headers;
        this.documented = documented;
    }

    /** The same client for routes that are not the service's (a test's own WAR or extension): answers unchecked. */
    public Api outsideTheDocument() {
        return new Api(base, headers, false);
    }

    public String base() {
        return base;
    }

    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, more, documented);
    }

    public Api bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    public Api basic(String username, String password) {
        return with("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh token of this user from {@code /authenticate}. */
    public String tokenOf(String username, String password) {
        HttpAnswer login = postJson("aam/v2/authenticate", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"issueJWT\":true}");
        if (login.status() != 200) {
            throw new AssertionError("Cannot log " + username + " in: " + login);
        }
        return login.json().getJsonObject("jwt").getString("token");
    }

    /** A fresh token of the administrator the tests run with. */
    public String adminToken() {
        return tokenOf(DeployedService.ADMIN, DeployedService.ADMIN_PASSWORD);
    }

    public HttpAnswer get(String path) {
        return send("GET", path, null, null);
    }

    public HttpAnswer delete(String path) {
        return send("DELETE", path, null, null);
    }

    public HttpAnswer postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public HttpAnswer patchJson(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    public HttpAnswer postForm(String path, String form) {
        return send("POST", path, "application/x-www-form-urlencoded", form);
    }

    public HttpAnswer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            HttpAnswer answer = new HttpAnswer(response.statusCode(), response.body(), response);
            if (documented) {
                ApiDocument.check(method, path, answer);
            }
            return answer;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

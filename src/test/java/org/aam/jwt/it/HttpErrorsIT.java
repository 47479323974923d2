package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every failure answers in the WordPress error shape, with the right status and never a stack trace. */
class HttpErrorsIT extends DeployedService {

    @Test
    void anUnknownRouteIs404InTheErrorShape() {
        assertError(admin().get("aam/v2/service/nothing"), 404, "rest_no_route");
        assertError(api().get("wp-json/aam/v9/jwt"), 404, "rest_no_route");
        assertError(api().get("no/such/page"), 404, "rest_no_route");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        HttpAnswer answer = admin().send("PUT", JWT, "application/json", "{}");
        assertError(answer, 405, "rest_no_route");
        assertTrue(answer.header("Allow").orElseThrow().contains("GET"), answer::toString);
    }

    @Test
    void malformedJsonIs400() {
        assertError(admin().postJson(JWT, "{\"expires_in\": "), 400, "rest_invalid_json");
        assertError(admin().postJson(JWT, "[1,2]"), 400, "rest_invalid_json");
        assertError(api().postJson("aam/v2/authenticate", "{oops}"), 400, "rest_invalid_json");
    }

    @Test
    void aBodyOver64KiBIs413() {
        String big = "{\"additional_claims\":{\"x\":\"" + "a".repeat(70 * 1024) + "\"}}";
        assertError(admin().postJson(JWT, big), 413, "rest_payload_too_large");
        assertError(api().postJson("aam/v2/authenticate", big), 413, "rest_payload_too_large");
    }

    @Test
    void aChunkedBodyOver64KiBIs413Too() throws Exception {
        byte[] big = ("{\"jwt\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api().base() + "aam/v2/jwt/validate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertError(new HttpAnswer(response.statusCode(), response.body(), response), 413, "rest_payload_too_large");
    }

    @Test
    void aBodyJustUnderTheLimitIsServed() {
        String claims = "{\"additional_claims\":{\"x\":\"" + "a".repeat(60 * 1024) + "\"}}";
        assertEquals(200, admin().postJson(JWT, claims).status());
        admin().postJson(JWT + "/reset", "{}");
    }

    @Test
    void badParametersAre400AndNeverServerErrors() {
        for (String body : new String[] {"{\"user_id\":\"x\"}", "{\"user_id\":-3}", "{\"user_id\":{}}",
                "{\"fields\":[1]}", "{\"expires_in\":[1]}", "{\"expires_in\":true}", "{\"url\":\"http://[\"}",
                "{\"additional_claims\":\"{not json\"}", "{\"expires_at\":\"9999-99-99T99:99:99Z\"}"}) {
            assertError(admin().postJson(JWT, body), 400, "rest_invalid_param");
        }
    }
}

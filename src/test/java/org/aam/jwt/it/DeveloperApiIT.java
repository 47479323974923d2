package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.aam.jwt.example.DeveloperApiProbe;
import org.aam.jwt.example.TokenIssuingExample;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java developer API, called by code deployed with the service: the documented example and a test-only resource
 * that exposes each method. Its answers and errors are compared with the REST API's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeveloperApiIT {

    private static final String PASSWORD = System.getProperty("it.admin.password", "it-admin-password");

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive serviceWithExtension() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("aam.war", "target/aam-jwt.war")))
                .addClasses(TokenIssuingExample.class, DeveloperApiProbe.class);
    }

    private Api api() {
        String url = deployment.toString().replaceFirst("//[^:/]+", "//localhost");
        return new Api(url.endsWith("/") ? url : url + "/");
    }

    /** The probe's routes are the test's extension, not the service's: not in its OpenAPI document. */
    private Api extension() {
        return api().outsideTheDocument();
    }

    private Api admin() {
        return api().basic("admin", PASSWORD);
    }

    private long newUser() {
        String name = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        HttpAnswer created = admin().postJson("aam/v2/users", "{\"username\":\"" + name + "\",\"password\":\"password-"
                + name + "\"}");
        assertEquals(200, created.status(), created::toString);
        return created.json().getInt("id");
    }

    private static String probe(long userId) {
        return "aam/v2/test/developer-api/" + userId;
    }

    @Test
    void theReadmeExampleIssuesAWorkingTokenWithItsClaims() {
        long userId = newUser();
        HttpAnswer issued = extension().postJson(probe(userId) + "/readme-example", "{}");
        assertEquals(200, issued.status(), issued::toString);
        HttpAnswer validated = api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + issued.json().getString("token") + "\"}");
        assertEquals(200, validated.status(), validated::toString);
        JsonObject claims = validated.json();
        assertEquals("IT", claims.getString("department"));
        assertEquals(userId, claims.getInt("userId"));
        assertTrue(Math.abs(claims.getJsonNumber("exp").longValue() - Instant.now().plusSeconds(86_400).getEpochSecond()) < 60);
        assertTrue(claims.getString("iss").startsWith("http://localhost:"));
    }

    @Test
    void listGetDeleteAndResetSeeWhatTheRestApiSees() {
        long userId = newUser();
        JsonObject first = extension().postJson(probe(userId), "{\"revocable\":false}").json();
        JsonObject second = extension().postJson(probe(userId), "{\"refreshable\":true,\"team\":[\"a\",\"b\"]}").json();
        assertFalse(first.getJsonObject("claims").getBoolean("revocable"));
        assertTrue(second.getJsonObject("claims").getBoolean("refreshable"));
        assertEquals(List.of("a", "b"), second.getJsonObject("claims").getJsonArray("team").getValuesAs(
                jakarta.json.JsonString::getString));

        List<String> restIds = admin().get("aam/v2/service/jwt?user_id=" + userId).array().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        List<String> javaIds = extension().get(probe(userId)).array().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(List.of(first.getString("id"), second.getString("id")), javaIds);
        assertEquals(restIds, javaIds);
        JsonObject got = extension().get(probe(userId) + "/" + second.getString("id")).json();
        assertEquals(second.getString("token"), got.getString("token"));
        assertEquals(admin().get("aam/v2/service/jwt/" + second.getString("id") + "?user_id=" + userId).json()
                .getString("signed_url"), got.getString("signed_url"));

        JsonObject deleted = extension().delete(probe(userId) + "/" + second.getString("id")).json();
        assertFalse(deleted.getBoolean("is_valid"));
        assertEquals("Token has been revoked", deleted.getString("error"));
        assertEquals(1, extension().postJson(probe(userId) + "/reset", "{}").json().getInt("deleted"));
        assertEquals(0, admin().get("aam/v2/service/jwt?user_id=" + userId).array().size());
    }

    @Test
    void errorsAreTheRestApisErrors() {
        long userId = newUser();
        assertSameError(extension().postJson(probe(userId), "{\"iss\":\"https://evil.example\",\"jti\":\"x\"}"),
                admin().postJson("aam/v2/service/jwt", "{\"user_id\":" + userId
                        + ",\"additional_claims\":{\"iss\":\"https://evil.example\",\"jti\":\"x\"}}"));
        // The same rule as the REST API's is_refreshable, naming the claim the Java caller gave.
        HttpAnswer notABoolean = extension().postJson(probe(userId), "{\"refreshable\":\"maybe\"}");
        assertEquals(400, notABoolean.status(), notABoolean::toString);
        assertEquals("Invalid parameter(s): refreshable (must be a boolean (true, false, 1 or 0))",
                notABoolean.json().getString("message"));
        String past = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpAnswer pastJava = extension().postJson(probe(userId),
                "{\"exp\":" + Instant.parse(past).getEpochSecond() + "}");
        assertSameError(pastJava, admin().postJson("aam/v2/service/jwt", "{\"user_id\":" + userId
                + ",\"expires_at\":\"" + past + "\"}"));
        assertSameError(extension().get(probe(userId) + "/no-such-token"),
                admin().get("aam/v2/service/jwt/no-such-token?user_id=" + userId));
        assertSameError(extension().get(probe(987_654_321)), admin().get("aam/v2/service/jwt?user_id=987654321"));
        HttpAnswer notANumber = extension().postJson(probe(userId), "{\"exp\":\"tomorrow\"}");
        assertEquals(400, notANumber.status(), notANumber::toString);
        assertEquals("rest_invalid_param", notANumber.json().getString("code"));
    }

    private static void assertSameError(HttpAnswer java, HttpAnswer rest) {
        assertTrue(rest.status() >= 400, rest::toString);
        assertEquals(rest.status(), java.status(), java::toString);
        assertEquals(rest.json(), java.json());
    }
}

package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Keys over HTTP: the algorithm of the tokens, the JWKS, and rotation. Runs once per algorithm of the pom
 * ({@code it.signing.algorithm}: HS256 with the other ITs, then RS256 and ES256 on Payaras of their own).
 * The rotation test retires the key that signed the administrator's cached token, so it runs last, and calls by
 * Basic itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeysIT extends DeployedService {

    private static final String ALGORITHM = System.getProperty("it.signing.algorithm", "HS256");
    private static final boolean SYMMETRIC = ALGORITHM.startsWith("HS");

    private Api root() {
        return api().basic(ADMIN, ADMIN_PASSWORD);
    }

    private static JsonObject header(String token) {
        return parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private JsonObject issue(long userId) {
        return created(root(), "{\"user_id\":" + userId + "}");
    }

    private List<String> jwksKids() {
        HttpAnswer jwks = api().get(".well-known/jwks.json");
        assertEquals(200, jwks.status(), jwks::toString);
        return jwks.json().getJsonArray("keys").stream().map(k -> k.asJsonObject().getString("kid")).toList();
    }

    @Test
    void tokensCarryTheConfiguredAlgorithmAndTheKidOfTheCurrentKey() {
        String token = issue(newUser("alg", "[\"subscriber\"]", "[]").getInt("id")).getString("token");
        JsonObject header = header(token);
        assertEquals(ALGORITHM, header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        JsonObject current = root().get("aam/v2/keys").array().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("status").equals("current")).findFirst().orElseThrow();
        assertEquals(current.getString("kid"), header.getString("kid"));
        assertEquals(200, validate(token).status());
    }

    @Test
    void jwksPublishesThePublicKeysOnlyWithCacheControl() {
        String token = issue(newUser("jwks", "[\"subscriber\"]", "[]").getInt("id")).getString("token");
        HttpAnswer jwks = api().get(".well-known/jwks.json");
        assertEquals(200, jwks.status(), jwks::toString);
        assertTrue(jwks.header("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(jwks.header("Cache-Control").orElse("").contains("max-age="), jwks.raw().headers()::toString);
        if (SYMMETRIC) {
            assertEquals(0, jwks.json().getJsonArray("keys").size(), "an HMAC secret is never published");
            return;
        }
        JsonObject key = jwks.json().getJsonArray("keys").stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("kid").equals(header(token).getString("kid"))).findFirst().orElseThrow();
        assertEquals("sig", key.getString("use"));
        assertEquals(ALGORITHM, key.getString("alg"));
        assertEquals(ALGORITHM.startsWith("RS") ? "RSA" : "EC", key.getString("kty"));
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi", "k")) {
            assertFalse(key.containsKey(privatePart), privatePart);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void tokensOfTheOldKeyWorkAfterARotationUntilItIsRetired() {
        long userId = newUser("rotation", "[\"subscriber\"]", "[]").getInt("id");
        JsonObject before = issue(userId);
        String oldKid = header(before.getString("token")).getString("kid");

        HttpAnswer added = root().postJson("aam/v2/keys", "{}");
        assertEquals(200, added.status(), added::toString);
        String newKid = added.json().getString("kid");
        assertEquals("active", added.json().getString("status"));
        assertEquals(!SYMMETRIC, jwksKids().contains(newKid), "published before it signs");
        assertEquals(oldKid, header(issue(userId).getString("token")).getString("kid"), "an added key does not sign yet");

        HttpAnswer current = root().postJson("aam/v2/keys/" + newKid + "/current", "{}");
        assertEquals("current", current.json().getString("status"), current::toString);
        JsonObject after = issue(userId);
        assertEquals(newKid, header(after.getString("token")).getString("kid"));
        assertEquals(200, validate(before.getString("token")).status(), "the old key still verifies");
        assertEquals(200, validate(after.getString("token")).status());

        assertError(root().delete("aam/v2/keys/" + newKid), 400, "rest_invalid_param");
        HttpAnswer retired = root().delete("aam/v2/keys/" + oldKid);
        assertEquals("retired", retired.json().getString("status"), retired::toString);

        HttpAnswer refused = validate(before.getString("token"));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("Token was signed with a retired key", refused.json().getString("reason"));
        assertEquals(200, validate(after.getString("token")).status());
        assertFalse(jwksKids().contains(oldKid));
        JsonObject listed = root().get(JWT + "/" + before.getString("id") + "?user_id=" + userId).json();
        assertFalse(listed.getBoolean("is_valid"));
        assertEquals("Token was signed with a retired key", listed.getString("error"));
        Map<String, JsonObject> list = root().get(JWT + "?user_id=" + userId).array().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(token -> token.getString("id"), token -> token));
        assertEquals("Token was signed with a retired key", list.get(before.getString("id")).getString("error"),
                "the list reads each token's key with it");
        assertTrue(list.get(after.getString("id")).getBoolean("is_valid"));
        assertError(root().postJson("aam/v2/keys/" + oldKid + "/current", "{}"), 400, "rest_invalid_param");
    }

    @Test
    void onlyAdministratorsManageKeys() {
        JsonObject manager = newUser("keys", "[\"editor\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        assertError(api().basic(manager.getString("username"), passwordOf(manager)).get("aam/v2/keys"), 403,
                "rest_forbidden");
        assertError(api().get("aam/v2/keys"), 401, "rest_unauthorized");
        assertError(root().delete("aam/v2/keys/no-such-kid"), 404, "rest_not_found");
    }
}

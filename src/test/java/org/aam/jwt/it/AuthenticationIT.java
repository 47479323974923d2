package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who the caller is (every channel, every way to fail) and what the caller may do. */
class AuthenticationIT extends DeployedService {

    private static final String SUBSCRIBER = "[\"subscriber\"]";
    private static final String MANAGER_CAPABILITIES = "[\"aam_manager\",\"aam_manage_jwt\"]";

    private JsonObject manager() {
        return newUser("manager", SUBSCRIBER, MANAGER_CAPABILITIES);
    }

    private String loginOf(JsonObject user) {
        return tokenOf(user.getString("username"), passwordOf(user));
    }

    /** Each way of presenting a token, as a request that lists the caller's tokens. */
    private Map<String, HttpAnswer> everyChannel(String token) {
        return Map.of(
                "Bearer header", api().bearer(token).get(JWT),
                "lower-case scheme", api().with("Authorization", "bearer " + token).get(JWT),
                "upper-case scheme", api().with("Authorization", "BEARER " + token).get(JWT),
                "query parameter", api().get(JWT + "?aam-jwt=" + token),
                "cookie", api().with("Cookie", "aam_jwt_token=" + token).get(JWT),
                "form parameter", api().postForm(JWT, "aam-jwt=" + token + "&expires_in=%2B1+hour"));
    }

    @Test
    void everyChannelAuthenticatesTheSameToken() {
        JsonObject manager = manager();
        everyChannel(loginOf(manager)).forEach((channel, answer) -> assertEquals(200, answer.status(), channel + ": " + answer));
        assertEquals(200, api().basic(manager.getString("username"), passwordOf(manager)).get(JWT).status());
    }

    @Test
    void aRevokedTokenIsRefusedOnEveryChannel() {
        JsonObject manager = manager();
        String token = loginOf(manager);
        String id = api().bearer(token).get(JWT + "?fields=id").array().getJsonObject(0).getString("id");
        assertEquals(200, admin().delete(JWT + "/" + id + "?user_id=" + manager.getInt("id")).status());
        everyChannel(token).forEach((channel, answer) -> {
            assertError(answer, 401, "rest_unauthorized");
            assertEquals("Token has been revoked", answer.json().getString("message"), channel);
        });
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithABearerChallenge() {
        HttpAnswer answer = api().get(JWT);
        assertError(answer, 401, "rest_unauthorized");
        assertEquals("Bearer realm=\"aam\"", answer.header("WWW-Authenticate").orElseThrow());
    }

    @Test
    void badCredentialsAre401() {
        assertError(api().basic(ADMIN, "wrong-password").get(JWT), 401, "rest_unauthorized");
        assertError(api().basic("nobody-at-all", "wrong-password").get(JWT), 401, "rest_unauthorized");
        assertError(api().with("Authorization", "Basic !!!").get(JWT), 401, "rest_unauthorized");
        assertError(api().bearer("garbage").get(JWT), 401, "rest_unauthorized");
        assertError(api().get(JWT + "?aam-jwt=garbage"), 401, "rest_unauthorized");
    }

    @Test
    void aTokenWithAnEditedPayloadIsRefused() {
        String[] parts = loginOf(manager()).split("\\.");
        String payload = decode(parts[1]).replaceFirst("\"userId\":\\d+", "\"userId\":1");
        HttpAnswer answer = api().bearer(parts[0] + "." + encode(payload) + "." + parts[2]).get(JWT);
        assertError(answer, 401, "rest_unauthorized");
        assertEquals("Token signature is invalid", answer.json().getString("message"));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = loginOf(manager()).split("\\.");
        String none = encode("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + parts[1] + ".";
        assertError(api().bearer(none).get(JWT), 401, "rest_unauthorized");
        String noneWithSignature = encode("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2];
        assertError(api().bearer(noneWithSignature).get(JWT), 401, "rest_unauthorized");
    }

    @Test
    void managingTokensTakesTheAdministratorRoleOrBothCapabilities() {
        assertError(api().bearer(loginOf(newUser("plain", SUBSCRIBER, "[]"))).get(JWT), 403, "rest_forbidden");
        assertError(api().bearer(loginOf(newUser("half", SUBSCRIBER, "[\"aam_manager\"]"))).get(JWT), 403, "rest_forbidden");
        assertError(api().bearer(loginOf(newUser("other-half", SUBSCRIBER, "[\"aam_manage_jwt\"]"))).get(JWT), 403,
                "rest_forbidden");
        assertEquals(200, api().bearer(loginOf(manager())).get(JWT).status());
        assertEquals(200, admin().get(JWT).status());
    }

    @Test
    void aManagerCannotReachTheTokensOfSomeoneWithMoreRights() {
        Api manager = api().bearer(loginOf(manager()));
        assertError(manager.postJson(JWT, "{\"user_id\":1}"), 403, "rest_forbidden");
        assertError(manager.get(JWT + "?user_id=1"), 403, "rest_forbidden");
        assertError(manager.postJson(JWT + "/reset", "{\"user_id\":1}"), 403, "rest_forbidden");
        JsonObject refresher = newUser("refresher", SUBSCRIBER, "[\"aam_issue_refreshable_jwt\"]");
        assertError(manager.postJson(JWT, "{\"user_id\":" + refresher.getInt("id") + "}"), 403, "rest_forbidden");
        JsonObject editor = newUser("editor", "[\"editor\"]", "[]");
        assertError(manager.postJson(JWT, "{\"user_id\":" + editor.getInt("id") + "}"), 403, "rest_forbidden");
        JsonObject subscriber = newUser("subscriber", SUBSCRIBER, "[]");
        assertEquals(200, manager.postJson(JWT, "{\"user_id\":" + subscriber.getInt("id") + "}").status());
    }

    @Test
    void aCookieCannotAuthoriseAChangeRequestedByAnotherSite() {
        String token = loginOf(manager());
        Api cookie = api().with("Cookie", "aam_jwt_token=" + token);
        String ownOrigin = api().base().replaceFirst("^(https?://[^/]+).*$", "$1");
        HttpAnswer crossSite = cookie.with("Origin", "https://evil.example").postJson(JWT, "{}");
        assertError(crossSite, 403, "rest_forbidden");
        assertError(cookie.with("Referer", "https://evil.example/page").postJson(JWT + "/reset", "{}"), 403,
                "rest_forbidden");
        assertEquals(200, cookie.with("Origin", ownOrigin).postJson(JWT, "{}").status());
        assertEquals(200, cookie.with("Origin", "https://evil.example").get(JWT).status(), "reading is not a change");
        assertEquals(200, api().bearer(token).with("Origin", "https://evil.example").postJson(JWT, "{}").status(),
                "a header is not sent by browsers on their own");
    }

    @Test
    void authenticateAnswersTheUserAndATokenThatWorks() {
        JsonObject user = newUser("login", "[\"editor\"]", "[]");
        HttpAnswer answer = api().postJson("aam/v2/authenticate", "{\"username\":\"" + user.getString("username")
                + "\",\"password\":\"" + passwordOf(user) + "\",\"issueJWT\":true}");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject body = answer.json();
        assertEquals(user.getInt("id"), body.getJsonObject("user").getInt("id"));
        assertEquals(user.getString("username"), body.getJsonObject("user").getString("username"));
        assertEquals(List.of("editor"), body.getJsonObject("user").getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
        assertTrue(body.getJsonObject("user").containsKey("display_name"));
        String token = body.getJsonObject("jwt").getString("token");
        JsonObject claims = validate(token).json();
        assertEquals(claims.getJsonNumber("exp").longValue(), body.getJsonObject("jwt").getJsonNumber("token_expires")
                .longValue());
        assertFalse(claims.getBoolean("refreshable"));
    }

    @Test
    void authenticateWithoutIssueJwtAnswersOnlyTheUser() {
        JsonObject answer = api().postJson("aam/v2/authenticate", "{\"username\":\"" + ADMIN + "\",\"password\":\""
                + ADMIN_PASSWORD + "\"}").json();
        assertEquals(List.of("user"), List.copyOf(answer.keySet()));
        assertEquals(List.of("administrator"), answer.getJsonObject("user").getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void authenticateRefusesWrongPasswordsAndMissingParameters() {
        assertError(api().postJson("aam/v2/authenticate", "{\"username\":\"admin\",\"password\":\"nope\"}"), 401,
                "rest_unauthorized");
        assertError(api().postForm("aam/v2/authenticate", "username=admin"), 400, "rest_invalid_param");
    }

    @Test
    void refreshableTokensTakeTheirCapability() {
        JsonObject plain = newUser("plain", SUBSCRIBER, "[]");
        assertError(api().postJson("aam/v2/authenticate", "{\"username\":\"" + plain.getString("username")
                + "\",\"password\":\"" + passwordOf(plain) + "\",\"issueJWT\":true,\"refreshableJWT\":true}"), 403,
                "rest_forbidden");
        JsonObject allowed = newUser("refresher", SUBSCRIBER, "[\"aam_issue_refreshable_jwt\"]");
        HttpAnswer answer = api().postForm("aam/v2/authenticate", "username=" + allowed.getString("username")
                + "&password=" + passwordOf(allowed) + "&issueJWT=true&refreshableJWT=1");
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(validate(answer.json().getJsonObject("jwt").getString("token")).json().getBoolean("refreshable"));
    }

    @Test
    void validateAnswersTheClaimsOrTheReason() {
        JsonObject manager = manager();
        String token = loginOf(manager);
        HttpAnswer valid = validate(token);
        assertEquals(200, valid.status(), valid::toString);
        assertEquals(manager.getInt("id"), valid.json().getInt("userId"));
        HttpAnswer invalid = validate("not-a-token");
        assertEquals(400, invalid.status());
        assertEquals("rest_jwt_validation_failure", invalid.json().getString("code"));
        assertFalse(invalid.json().getString("reason").isBlank());
        HttpAnswer missing = api().postJson("aam/v2/jwt/validate", "{}");
        assertEquals("rest_jwt_validation_failure", missing.json().getString("code"));
        assertEquals(200, api().postForm("aam/v2/jwt/validate", "jwt=" + token).status(), "a form body");
        assertEquals(200, api().postJson("aam/v2/jwt/validate?jwt=" + token, "").status(), "the query string");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signed login URL ({@code GET /?aam-jwt=}) and the console's session cookie, over HTTP. */
class SignedUrlLoginIT extends DeployedService {

    private static final String COOKIE = "aam_jwt_token";

    private JsonObject user() {
        return newUser("visitor", "[\"subscriber\"]", "[]");
    }

    private JsonObject tokenFor(JsonObject user, String options) {
        return created(admin(), "{\"user_id\":" + user.getInt("id") + (options.isEmpty() ? "" : "," + options) + "}");
    }

    /** Opens the token's signed URL (on loopback), plus more query. */
    private HttpAnswer open(JsonObject token, String moreQuery) {
        String signedUrl = token.getString("signed_url");
        return api().get(signedUrl.substring(signedUrl.indexOf("?")) + moreQuery);
    }

    private String console() {
        return api().base() + "console/";
    }

    /** The cookie the answer sets, as a browser would send it back. */
    private static String sessionCookie(HttpAnswer answer) {
        String setCookie = answer.header("Set-Cookie").orElseThrow(() -> new AssertionError("no cookie: " + answer));
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpAnswer me(String cookie) {
        return api().with("Cookie", cookie).get("aam/v2/users/me");
    }

    @Test
    void aValidTokenLogsItsUserInAndTheTokenLeavesTheAddressBar() {
        JsonObject user = user();
        JsonObject token = tokenFor(user, "");
        assertEquals(api().base() + "?aam-jwt=" + token.getString("token"), token.getString("signed_url"));
        HttpAnswer answer = open(token, "");
        assertEquals(303, answer.status(), answer::toString);
        assertEquals(console(), answer.header("Location").orElseThrow());
        assertEquals("no-referrer", answer.header("Referrer-Policy").orElseThrow());
        String setCookie = answer.header("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(COOKIE + "=" + token.getString("token") + ";"), setCookie);
        assertTrue(setCookie.contains("; HttpOnly"), setCookie);
        assertTrue(setCookie.contains("; SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("; Path=/aam-jwt/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back");
        HttpAnswer me = me(sessionCookie(answer));
        assertEquals(200, me.status(), me::toString);
        assertEquals(user.getString("username"), me.json().getString("username"));
    }

    @Test
    void redirectToIsFollowedWhenItIsAPathOfThisSite() {
        JsonObject token = tokenFor(user(), "");
        HttpAnswer answer = open(token, "&redirect_to=" + URLEncoder.encode("/console/?user=2#tokens", StandardCharsets.UTF_8));
        assertEquals(303, answer.status(), answer::toString);
        assertEquals(api().base() + "console/?user=2#tokens", answer.header("Location").orElseThrow());
    }

    @Test
    void openRedirectAttemptsLandOnTheConsole() {
        JsonObject token = tokenFor(user(), "");
        for (String attempt : List.of("//evil.example", "https://evil.example", "/\\evil.example", "\\\\evil.example",
                "//evil.example/%2F..", "javascript:alert(1)", "evil.example", "/\t/evil.example", " //evil.example",
                "http:/evil.example", "")) {
            HttpAnswer answer = open(token, "&redirect_to=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8));
            assertEquals(303, answer.status(), attempt);
            assertEquals(console(), answer.header("Location").orElseThrow(), attempt);
        }
    }

    @Test
    void anInvalidTokenLandsOnTheLoginPageWithTheReasonAndNoSession() {
        HttpAnswer garbage = api().get("?aam-jwt=garbage");
        assertEquals(303, garbage.status(), garbage::toString);
        assertEquals(console() + "?reason=Token+is+malformed+or+was+not+issued+by+this+service",
                garbage.header("Location").orElseThrow());
        assertTrue(garbage.header("Set-Cookie").isEmpty());

        JsonObject user = user();
        JsonObject revoked = tokenFor(user, "");
        assertEquals(200, admin().delete(JWT + "/" + revoked.getString("id") + "?user_id=" + user.getInt("id")).status());
        assertEquals(console() + "?reason=Token+has+been+revoked", open(revoked, "").header("Location").orElseThrow());

        JsonObject expiring = tokenFor(user, "\"expires_in\":\"+1 second\"");
        eventually(Duration.ofSeconds(10), () -> validate(expiring.getString("token")).status() == 400);
        HttpAnswer expired = open(expiring, "&redirect_to=/console/");
        assertEquals(console() + "?reason=Token+has+expired", expired.header("Location").orElseThrow());
        assertTrue(expired.header("Set-Cookie").isEmpty());
    }

    @Test
    void revokingTheTokenEndsTheSessionAtTheNextRequest() {
        JsonObject token = tokenFor(user(), "");
        String cookie = sessionCookie(open(token, ""));
        assertEquals(200, me(cookie).status());
        assertEquals(200, api().postJson("aam/v2/jwt/revoke", "{\"jwt\":\"" + token.getString("token") + "\"}").status());
        HttpAnswer after = me(cookie);
        assertError(after, 401, "rest_unauthorized");
        assertEquals("Token has been revoked", after.json().getString("message"));
    }

    @Test
    void loggingOutOfASignedUrlSessionStopsItsTokenEverywhere() {
        JsonObject token = tokenFor(user(), "");
        String cookie = sessionCookie(open(token, ""));
        assertEquals(204, api().with("Cookie", cookie).delete("console/session").status());
        assertEquals(401, me(cookie).status());
        assertEquals(401, api().bearer(token.getString("token")).get("aam/v2/users/me").status());
    }

    @Test
    void deactivatingTheUserEndsTheSessionEvenOfANonRevocableToken() {
        JsonObject user = user();
        String cookie = sessionCookie(open(tokenFor(user, "\"is_revocable\":false"), ""));
        assertEquals(200, me(cookie).status());
        assertEquals(200, admin().patchJson("aam/v2/users/" + user.getInt("id"), "{\"status\":\"inactive\"}").status());
        HttpAnswer after = me(cookie);
        assertError(after, 401, "rest_unauthorized");
        assertEquals("User is inactive", after.json().getString("message"));
    }

    @Test
    void theRootWithoutATokenIsTheConsole() {
        HttpAnswer root = api().get("");
        assertEquals(303, root.status(), root::toString);
        assertEquals(console(), root.header("Location").orElseThrow());
        HttpAnswer page = api().get("console/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>AAM JWT console</title>"), page::toString);
    }

    @Test
    void aBearerTokenTurnsIntoASessionOfItsOwnThatOnlyTheHeaderCanStart() {
        JsonObject user = user();
        String token = tokenOf(user.getString("username"), passwordOf(user));
        HttpAnswer session = api().bearer(token).postForm("console/session", "");
        assertEquals(204, session.status(), session::toString);
        String cookie = sessionCookie(session);
        assertTrue(cookie.startsWith(COOKIE + "=") && !cookie.equals(COOKIE + "=" + token), cookie);
        assertTrue(session.header("Set-Cookie").orElseThrow().contains("; HttpOnly; SameSite=Lax"));

        assertError(api().postForm("console/session", "aam-jwt=" + token), 401, "rest_unauthorized");
        assertError(api().with("Cookie", COOKIE + "=" + token).postForm("console/session", ""), 401, "rest_unauthorized");
        assertError(api().bearer("garbage").postForm("console/session", ""), 401, "rest_unauthorized");
    }

    @Test
    void thePasswordLoginStartsASessionThatLogoutEndsEverywhereAtOnce() {
        JsonObject user = user();
        String name = user.getString("username");
        String apiToken = tokenOf(name, passwordOf(user));
        for (int i = 0; i < 11; i++) {
            HttpAnswer login = i % 2 == 0
                    ? api().postJson("console/session", "{\"username\":\"" + name + "\",\"password\":\"" + passwordOf(user) + "\"}")
                    : api().postForm("console/session", "username=" + name + "&password=" + passwordOf(user));
            assertEquals(204, login.status(), login::toString);
        }
        assertEquals(200, validate(apiToken).status(), "eleven console logins pushed no API token out");
        assertEquals(1, admin().get("aam/v2/service/jwt?user_id=" + user.getInt("id")).array().size(),
                "a console session takes no place in the API token registry");

        HttpAnswer login = api().postJson("console/session", "{\"username\":\"" + name + "\",\"password\":\""
                + passwordOf(user) + "\"}");
        String session = sessionCookie(login).substring(COOKIE.length() + 1);
        Api browser = api().with("Cookie", COOKIE + "=" + session);
        assertEquals(200, browser.get("aam/v2/users/me").status());
        assertEquals(200, api().bearer(session).get("aam/v2/users/me").status());

        HttpAnswer logout = browser.delete("console/session");
        assertEquals(204, logout.status());
        assertTrue(logout.header("Set-Cookie").orElseThrow().startsWith(COOKIE + "=; "));
        assertTrue(logout.header("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(401, browser.get("aam/v2/users/me").status(), "the cookie no longer works");
        assertEquals(401, api().bearer(session).get("aam/v2/users/me").status(), "nor the same token as Bearer");
        assertEquals(400, validate(session).status());
        assertEquals(200, validate(apiToken).status(), "logging out revokes no API token");
    }

    @Test
    void theConsoleLoginRefusesWrongPasswordsAndOtherSites() {
        JsonObject user = user();
        String name = user.getString("username");
        assertError(api().postJson("console/session", "{\"username\":\"" + name + "\",\"password\":\"wrong\"}"),
                401, "rest_unauthorized");
        assertError(api().with("Origin", "https://evil.example").postForm("console/session",
                "username=" + name + "&password=" + passwordOf(user)), 403, "rest_forbidden");
    }
}

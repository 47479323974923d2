package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

/** Attacks on the deployed WAR, each named after what it tried; none may get a 5xx or change anyone's data. */
class HostileTrafficIT extends DeployedService {

    private static final String DEEP = "{\"jwt\":" + "[".repeat(1500) + "]".repeat(1500) + "}";

    @Test
    void jsonNestedPastEveryParserLimitIsA400OnEveryRouteThatReadsABody() {
        String form = "application/x-www-form-urlencoded";
        for (String route : List.of("aam/v2/authenticate", "aam/v2/jwt/validate", "aam/v2/jwt/refresh",
                "aam/v2/jwt/revoke", "wp-json/aam/v2/jwt/validate", "wp-json/aam/v2/authenticate")) {
            assertError(api().postJson(route, DEEP), 400, "rest_invalid_json");
            // curl --data sends JSON as a form: read as JSON all the same.
            assertError(api().send("POST", route, form, DEEP), 400, "rest_invalid_json");
        }
        assertError(admin().postJson(JWT, DEEP), 400, "rest_invalid_json");
        String claimsInAForm = "additional_claims=" + URLEncoder.encode(DEEP, StandardCharsets.UTF_8);
        assertError(admin().send("POST", JWT, form, claimsInAForm), 400, "rest_invalid_param");
    }

    @Test
    void anUnpairedSurrogateInAdditionalClaimsIsRefusedRatherThanStoredAsAQuestionMark() {
        long userId = newUser("surrogate", "[\"subscriber\"]", "[]").getInt("id");
        HttpAnswer refused = admin().postJson(JWT, "{\"user_id\":" + userId
                + ",\"additional_claims\":{\"name\":\"\\ud800x\"}}");
        assertError(refused, 400, "rest_invalid_param");
        assertTrue(refused.json().getString("message").contains("additional_claims"), refused::toString);
        assertEquals(0, admin().get(JWT + "?user_id=" + userId).array().size(), "nothing was issued");
        JsonObject paired = created(admin(), "{\"user_id\":" + userId + ",\"additional_claims\":{\"name\":\"\\ud83d\\ude00\"}}");
        assertEquals("\ud83d\ude00", paired.getJsonObject("claims").getString("name"));
    }

    @Test
    void aGetCarryingABodyIsServedAsTheGetItIsWithoutReadingTheBody() {
        // The seed's axios example: axios.get(url, {data: {...}}).
        HttpAnswer listed = admin().send("GET", JWT + "?fields=id", "application/json", "{\"user_id\":987654321}");
        assertEquals(200, listed.status(), listed::toString);
    }

    @Test
    void eightConcurrentCreatesOfOneNameInAnyCaseGiveOneUserAndOnly4xx() throws Exception {
        String name = "racer-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger attempt = new AtomicInteger();
        List<HttpAnswer> answers = concurrently(8, () -> admin().postJson("aam/v2/users", "{\"username\":\""
                + (attempt.getAndIncrement() % 2 == 0 ? name : name.toUpperCase()) + "\",\"password\":\"long-enough-pw\"}"));
        assertEquals(1, answers.stream().filter(a -> a.status() == 200).count(), answers::toString);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertError(a, 400, "existing_user_login"));
        long users = admin().get("aam/v2/users").array().stream()
                .filter(u -> u.asJsonObject().getString("username").equalsIgnoreCase(name)).count();
        assertEquals(1, users);
    }

    @Test
    void aUsernameThatDiffersOnlyInCaseIsTaken() {
        JsonObject user = newUser("Casey", "[\"subscriber\"]", "[]");
        String lower = user.getString("username").toLowerCase();
        assertError(admin().postJson("aam/v2/users", "{\"username\":\"" + lower + "\",\"password\":\"long-enough-pw\"}"),
                400, "existing_user_login");
    }

    @Test
    void aDemotedAdministratorsEarlierTokensStopAndARefreshCarriesTheCurrentGroups() {
        JsonObject user = newUser("demoted", "[\"administrator\"]", "[]");
        long userId = user.getInt("id");
        String before = created(admin(), "{\"user_id\":" + userId + ",\"is_revocable\":false,\"is_refreshable\":true}")
                .getString("token");
        assertEquals(200, admin().patchJson("aam/v2/users/" + userId, "{\"roles\":[\"subscriber\"]}").status());
        assertEquals(400, validate(before).status(), "a token naming the administrator role stops");
        assertEquals(401, api().bearer(before).get(JWT).status());
        assertEquals(400, api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + before + "\"}").status());

        String after = created(admin(), "{\"user_id\":" + userId + ",\"is_refreshable\":true}").getString("token");
        assertEquals(200, admin().patchJson("aam/v2/users/" + userId, "{\"roles\":[\"subscriber\",\"editor\"]}").status());
        assertEquals(200, validate(after).status(), "a right gained stops nothing");
        HttpAnswer refreshed = api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + after + "\"}");
        assertEquals(200, refreshed.status(), refreshed::toString);
        List<String> groups = validate(refreshed.json().getString("token")).json().getJsonArray("groups")
                .getValuesAs(JsonString::getString);
        assertEquals(List.of("editor", "subscriber"), groups);
    }

    @Test
    void guessingAPasswordIsThrottledOnEveryChannelAndTheRightOneWaitsOutTheDelay() {
        JsonObject user = newUser("guessed", "[\"subscriber\"]", "[]");
        String name = user.getString("username");
        // Basic and /authenticate count together: one failure by Basic, seven by /authenticate.
        assertEquals(401, api().basic(name, "wrong").get(JWT).status());
        failLoginsUntilTheEighth(name, 1);
        HttpAnswer refused = logIn(name, passwordOf(user));
        assertError(refused, 429, "rest_too_many_requests");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 1 && retryAfter <= 8, "the eighth failure waits 8 s: " + retryAfter);
        // Refused attempts are not checked and do not lengthen the wait; the right password is refused too.
        for (Api attempt : List.of(api().basic(name, passwordOf(user)), api().basic(name, "wrong"))) {
            HttpAnswer again = attempt.get(JWT);
            assertError(again, 429, "rest_too_many_requests");
            assertTrue(Long.parseLong(again.header("Retry-After").orElseThrow()) <= retryAfter, again::toString);
        }
        eventually(Duration.ofSeconds(30), () -> logIn(name, passwordOf(user)).status() == 200);
        assertEquals(401, logIn(name, "wrong-again").status(), "a success starts the count again");
    }

    @Test
    void tokenAnswersAreNeverStoredByACache() {
        long userId = newUser("nostore", "[\"subscriber\"]", "[]").getInt("id");
        JsonObject token = created(admin(), "{\"user_id\":" + userId + "}");
        String id = token.getString("id");
        for (HttpAnswer answer : List.of(admin().get(JWT + "?user_id=" + userId), admin().get(JWT + "/" + id + "?user_id=" + userId),
                admin().postJson(JWT, "{\"user_id\":" + userId + "}"),
                logIn(ADMIN, ADMIN_PASSWORD), admin().delete(JWT + "/" + id + "?user_id=" + userId))) {
            assertEquals("no-store", answer.header("Cache-Control").orElse(""), answer::toString);
        }
    }

    @Test
    void theConsoleRunsOnlyItsOwnFilesAndCannotBeFramed() {
        for (String page : List.of("console/", "console/console.js")) {
            HttpAnswer answer = api().get(page);
            assertEquals(200, answer.status());
            String policy = answer.header("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""));
            assertEquals("no-referrer", answer.header("Referrer-Policy").orElse(""));
            assertEquals("DENY", answer.header("X-Frame-Options").orElse(""));
        }
    }

    @Test
    void aForgedHostHeaderCannotNameTheIssuerOrTheSignedUrl() throws IOException {
        // Without site_url, only loopback names (and aam.allowed_hosts) are served.
        String answer = postWithHost("evil.example", "aam/v2/authenticate", "{}");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("\"code\":\"rest_invalid_host\"") && answer.contains("site_url"), answer);
    }

    @Test
    void anIpv6LoopbackHostIsBracketedOnceInTheIssuer() throws IOException {
        int port = URI.create(api().base()).getPort();
        String answer = postWithHost("[::1]:" + port, "aam/v2/authenticate", "{\"username\":\"" + ADMIN
                + "\",\"password\":\"" + ADMIN_PASSWORD + "\",\"issueJWT\":true}");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        String token = answer.replaceFirst("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        assertEquals("http://[::1]:" + port + URI.create(api().base()).getPath().replaceFirst("/$", ""),
                validate(token).json().getString("iss"));
    }

    /** A JSON POST with the given Host header, written by hand: Java's HTTP client will not send another Host. */
    private String postWithHost(String host, String path, String json) throws IOException {
        URI base = URI.create(api().base());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST " + base.getPath() + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSignedTokenWhoseUserIdOverflowsALongIsNotReadAsAnotherUser() throws Exception {
        // Signed with the service's own key, as only someone holding it could: numbers must still be checked.
        String admins = tokenOf(ADMIN, ADMIN_PASSWORD);
        for (String claims : List.of("\"userId\":18446744073709551617", "\"userId\":1,\"exp\":1e30")) {
            String forged = resign(admins, claims);
            HttpAnswer answer = validate(forged);
            assertEquals(400, answer.status(), answer::toString);
            assertEquals("Token has a malformed claim", answer.json().getString("reason"));
            assertEquals(401, api().bearer(forged).get(JWT).status());
        }
    }

    /** The token's claims with some replaced, signed again with the key in the server's data folder. */
    private static String resign(String token, String replacedClaims) throws IOException, JoseException {
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String kid = header.replaceFirst(".*\"kid\":\"([^\"]+)\".*", "$1");
        JsonObject claims = jakarta.json.Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))).readObject();
        StringBuilder payload = new StringBuilder("{");
        claims.forEach((name, value) -> {
            if (!replacedClaims.contains("\"" + name + "\":")) {
                payload.append('"').append(name).append("\":").append(value).append(',');
            }
        });
        payload.append(replacedClaims).append('}');
        Path keyFile = Path.of(System.getProperty("it.data.dir"), "signing-key-" + kid + ".jwk");
        JsonWebKey key = JsonWebKey.Factory.newJwk(Files.readString(keyFile));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload.toString());
        jws.setAlgorithmHeaderValue(header.replaceFirst(".*\"alg\":\"([^\"]+)\".*", "$1"));
        jws.setKeyIdHeaderValue(kid);
        jws.setHeader("typ", "JWT");
        jws.setKey(key instanceof PublicJsonWebKey pair ? pair.getPrivateKey() : key.getKey());
        return jws.getCompactSerialization();
    }
}

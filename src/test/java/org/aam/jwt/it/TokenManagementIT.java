package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The five routes of the reference, their aliases and parameters, the registry, over HTTP. */
class TokenManagementIT extends DeployedService {

    private static final String[] PREFIXES = {"aam/v2/service/jwt", "wp-json/aam/v2/service/jwt"};

    /** A user of their own for each test: an administrator-managed subscriber, addressed by user_id. */
    private long freshUser() {
        return newUser("owner", "[\"subscriber\"]", "[]").getInt("id");
    }

    private List<String> idsOf(long userId) {
        HttpAnswer list = admin().get(JWT + "?user_id=" + userId + "&fields=id");
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    @Test
    void createReturnsTheTokenObjectWithAamClaims() {
        long userId = freshUser();
        long before = Instant.now().getEpochSecond();
        JsonObject token = created(admin(), "{\"user_id\":" + userId + ",\"expires_in\":\"+2 weeks\","
                + "\"is_refreshable\":true,\"is_revocable\":false,\"additional_claims\":{\"department\":\"IT\"}}");
        JsonObject claims = token.getJsonObject("claims");
        assertEquals(token.getString("id"), claims.getString("jti"));
        assertTrue(token.getString("id").matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertEquals(userId, claims.getInt("userId"));
        assertEquals(String.valueOf(userId), claims.getString("sub"));
        assertTrue(claims.getBoolean("refreshable"));
        assertFalse(claims.getBoolean("revocable"));
        assertEquals("IT", claims.getString("department"));
        long twoWeeks = 14 * 86_400;
        assertTrue(Math.abs(claims.getJsonNumber("exp").longValue() - (before + twoWeeks)) < 30, claims::toString);
        assertTrue(claims.getString("iss").startsWith("http://localhost:"));
        assertTrue(token.getBoolean("is_valid"));
        assertFalse(token.containsKey("error"));
        assertEquals(claims.getString("iss") + "/?aam-jwt=" + token.getString("token"), token.getString("signed_url"));
    }

    @Test
    void listShowsTheUsersTokensOldestFirst() {
        long userId = freshUser();
        String first = created(admin(), "{\"user_id\":" + userId + "}").getString("id");
        String second = created(admin(), "{\"user_id\":" + userId + "}").getString("id");
        HttpAnswer list = admin().get(JWT + "?user_id=" + userId);
        assertEquals(200, list.status(), list::toString);
        assertEquals(List.of(first, second), list.array().stream().map(v -> v.asJsonObject().getString("id")).toList());
        JsonObject item = list.array().getJsonObject(0);
        assertEquals(Set.of("id", "token", "claims", "signed_url", "is_valid", "last_used_at"), item.keySet());
    }

    @Test
    void fieldsNamesWhatToReturnPlusIdAndToken() {
        long userId = freshUser();
        String id = created(admin(), "{\"user_id\":" + userId + "}").getString("id");
        assertEquals(Set.of("id", "token"), admin().get(JWT + "?user_id=" + userId + "&fields=token,id").array()
                .getJsonObject(0).keySet());
        assertEquals(Set.of("id", "token", "claims"), admin().get(JWT + "/" + id + "?user_id=" + userId + "&fields=claims")
                .json().keySet());
        assertEquals(Set.of("id", "token", "is_valid"), admin().postJson(JWT, "{\"user_id\":" + userId
                + ",\"fields\":\"is_valid\"}").json().keySet());
    }

    @Test
    void anUnknownFieldIsABadRequestThatNamesIt() {
        HttpAnswer answer = admin().get(JWT + "?fields=token,foo,bar");
        assertError(answer, 400, "rest_invalid_param");
        assertTrue(answer.json().getString("message").contains("foo, bar"), answer::toString);
    }

    @Test
    void getReturnsOneTokenAndAnotherUsersTokenIsNotFound() {
        long owner = freshUser();
        long other = freshUser();
        JsonObject token = created(admin(), "{\"user_id\":" + owner + "}");
        HttpAnswer got = admin().get(JWT + "/" + token.getString("id") + "?user_id=" + owner);
        assertEquals(200, got.status(), got::toString);
        assertEquals(token.getString("token"), got.json().getString("token"));
        assertError(admin().get(JWT + "/" + token.getString("id") + "?user_id=" + other), 404, "rest_not_found");
        assertError(admin().get(JWT + "/00000000-0000-4000-8000-000000000000?user_id=" + owner), 404, "rest_not_found");
    }

    @Test
    void userIdMustNameAnExistingUser() {
        assertError(admin().get(JWT + "?user_id=abc"), 400, "rest_invalid_param");
        assertError(admin().get(JWT + "?user_id=0"), 400, "rest_invalid_param");
        assertError(admin().get(JWT + "?user_id=987654321"), 404, "rest_user_not_found");
    }

    @Test
    void withoutUserIdTheCallersOwnTokensAreMeant() {
        JsonObject me = newUser("self", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        Api self = api().bearer(tokenOf(me.getString("username"), passwordOf(me)));
        JsonObject token = created(self, "{}");
        assertEquals(me.getInt("id"), token.getJsonObject("claims").getInt("userId"));
        assertTrue(self.get(JWT + "?fields=id").array().stream()
                .anyMatch(v -> v.asJsonObject().getString("id").equals(token.getString("id"))));
    }

    @Test
    void deleteAnswersIdAndTokenAndTheTokenStopsWorking() {
        JsonObject me = newUser("deleter", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        String login = tokenOf(me.getString("username"), passwordOf(me));
        JsonObject victim = created(api().bearer(login), "{}");
        Api victimApi = api().bearer(victim.getString("token"));
        assertEquals(200, victimApi.get(JWT + "?fields=id").status());

        HttpAnswer deleted = api().bearer(login).delete(JWT + "/" + victim.getString("id"));
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(Set.of("id", "token"), deleted.json().keySet());
        assertEquals(victim.getString("token"), deleted.json().getString("token"));
        assertError(victimApi.get(JWT), 401, "rest_unauthorized");
        assertError(api().bearer(login).get(JWT + "/" + victim.getString("id")), 404, "rest_not_found");
        assertError(api().bearer(login).delete(JWT + "/" + victim.getString("id")), 404, "rest_not_found");
    }

    @Test
    void resetDeletesAllTokensOfTheUserAndCountsThem() {
        long userId = freshUser();
        for (int i = 0; i < 3; i++) {
            created(admin(), "{\"user_id\":" + userId + "}");
        }
        HttpAnswer reset = admin().postJson(JWT + "/reset", "{\"user_id\":" + userId + "}");
        assertEquals(200, reset.status(), reset::toString);
        assertEquals(3, reset.json().getInt("deleted_token_count"));
        assertEquals(List.of(), idsOf(userId));
        assertEquals(0, admin().postJson(JWT + "/reset", "{\"user_id\":" + userId + "}").json()
                .getInt("deleted_token_count"));
    }

    @Test
    void theWordPressPrefixAndThePluginRoutesAreAliases() {
        long userId = freshUser();
        for (String prefix : PREFIXES) {
            HttpAnswer created = admin().postJson(prefix, "{\"user_id\":" + userId + "}");
            assertEquals(200, created.status(), prefix + " " + created);
            String id = created.json().getString("id");
            assertEquals(200, admin().get(prefix + "/" + id + "?user_id=" + userId).status(), prefix);
            assertEquals(200, admin().delete(prefix + "/" + id + "?user_id=" + userId).status(), prefix);
        }
        for (String plugin : new String[] {"aam/v2/service/jwts", "wp-json/aam/v2/service/jwts"}) {
            assertEquals(200, admin().postJson(plugin, "{\"user_id\":" + userId + "}").status(), plugin);
            assertEquals(1, admin().get(plugin + "?user_id=" + userId).array().size(), plugin);
            HttpAnswer reset = admin().delete(plugin + "?user_id=" + userId);
            assertEquals(1, reset.json().getInt("deleted_token_count"), plugin);
        }
        assertEquals(200, admin().postJson("wp-json/aam/v2/service/jwt/reset", "{\"user_id\":" + userId + "}").status());
    }

    @Test
    void theReferenceCurlExampleWorksAsWritten() {
        // curl --data '{"expires_in":"+2 weeks",...}' sends JSON labelled as a form.
        long userId = freshUser();
        HttpAnswer answer = admin().postForm(JWT + "?user_id=" + userId,
                "{\"expires_in\":\"+2 weeks\",\"is_refreshable\":false,\"is_revocable\":true}");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject claims = answer.json().getJsonObject("claims");
        assertEquals(14 * 86_400, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue(), 30);
        assertTrue(claims.getBoolean("revocable"));
    }

    @Test
    void aFormBodyAsWpRemotePostSendsItWorks() {
        long userId = freshUser();
        HttpAnswer answer = admin().postForm(JWT, "user_id=" + userId + "&expires_in=%2B1+day&is_refreshable=1"
                + "&is_revocable=0&additional_claims=%7B%22team%22%3A%22ops%22%7D");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject claims = answer.json().getJsonObject("claims");
        assertTrue(claims.getBoolean("refreshable"));
        assertFalse(claims.getBoolean("revocable"));
        assertEquals("ops", claims.getString("team"));
        assertEquals(userId, claims.getInt("userId"));
    }

    @Test
    void expiresAtWinsAndBadExpiriesAreBadRequests() {
        long userId = freshUser();
        String at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonObject claims = created(admin(), "{\"user_id\":" + userId + ",\"expires_at\":\"" + at
                + "\",\"expires_in\":\"+1 hour\"}").getJsonObject("claims");
        assertEquals(Instant.parse(at).getEpochSecond(), claims.getJsonNumber("exp").longValue());
        for (String bad : new String[] {"\"expires_in\":\"-1 day\"", "\"expires_in\":\"whenever\"",
                "\"expires_in\":\"+2 years\"", "\"expires_at\":\"2020-01-01T00:00:00Z\"", "\"expires_at\":\"tomorrow\""}) {
            assertError(admin().postJson(JWT, "{\"user_id\":" + userId + "," + bad + "}"), 400, "rest_invalid_param");
        }
        assertEquals(List.of(claims.getString("jti")), idsOf(userId), "a refused create registers nothing");
    }

    @Test
    void reservedClaimsAndBadTypesAreRefused() {
        HttpAnswer reserved = admin().postJson(JWT, "{\"additional_claims\":{\"iss\":\"x\",\"exp\":1,\"jti\":\"y\"}}");
        assertError(reserved, 400, "rest_invalid_param");
        assertTrue(reserved.json().getString("message").contains("exp, iss, jti"), reserved::toString);
        assertError(admin().postJson(JWT, "{\"additional_claims\":[1,2]}"), 400, "rest_invalid_param");
        assertError(admin().postJson(JWT, "{\"is_refreshable\":\"maybe\"}"), 400, "rest_invalid_param");
        assertError(admin().postJson(JWT, "{\"is_revocable\":2}"), 400, "rest_invalid_param");
    }

    @Test
    void signedUrlOnlyForPagesOfThisSite() {
        long userId = freshUser();
        JsonObject token = created(admin(), "{\"user_id\":" + userId + ",\"url\":\"/console/?tab=jwt\"}");
        assertTrue(token.getString("signed_url").endsWith("/console/?tab=jwt&aam-jwt=" + token.getString("token")),
                token::toString);
        assertError(admin().postJson(JWT, "{\"user_id\":" + userId + ",\"url\":\"https://evil.example/\"}"), 400,
                "rest_invalid_param");
        assertError(admin().postJson(JWT, "{\"user_id\":" + userId + ",\"url\":\"//evil.example/\"}"), 400,
                "rest_invalid_param");
    }

    @Test
    void theRegistryKeepsTheNewestTenAndTheOldestStopsWorking() {
        long userId = freshUser();
        List<String> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            JsonObject token = created(admin(), "{\"user_id\":" + userId + "}");
            ids.add(token.getString("id"));
            tokens.add(token.getString("token"));
        }
        assertEquals(ids.subList(1, 11), idsOf(userId));
        HttpAnswer dropped = api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + tokens.get(0) + "\"}");
        assertEquals(400, dropped.status(), dropped::toString);
        assertEquals("Token has been revoked", dropped.json().getString("reason"));
        assertEquals(200, api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + tokens.get(1) + "\"}").status());
    }

    @Test
    void aDeletedTokenFreesItsPlaceSoThatTheNextCreateDropsNone() {
        long userId = freshUser();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(created(admin(), "{\"user_id\":" + userId + "}").getString("id"));
        }
        assertEquals(200, admin().delete(JWT + "/" + ids.remove(4) + "?user_id=" + userId).status());
        ids.add(created(admin(), "{\"user_id\":" + userId + "}").getString("id"));
        assertEquals(ids, idsOf(userId), "ten tokens: the nine kept and the new one");
        ids.add(created(admin(), "{\"user_id\":" + userId + "}").getString("id"));
        assertEquals(ids.subList(1, 11), idsOf(userId), "the registry is full again: the oldest leaves it");
    }

    @Test
    void eightConcurrentCreatesForOneUserLoseNothing() throws Exception {
        long userId = freshUser();
        List<String> issued = createConcurrently(userId, 8).stream().map(answer -> answer.json().getString("id")).toList();
        assertEquals(issued.stream().sorted().toList(), idsOf(userId).stream().sorted().toList());
    }

    @Test
    void concurrentCreatesBeyondTheLimitKeepExactlyTheNewestTen() throws Exception {
        long userId = freshUser();
        List<String> issued = createConcurrently(userId, 16).stream().map(answer -> answer.json().getString("id")).toList();
        List<String> kept = idsOf(userId);
        assertEquals(10, kept.size());
        assertTrue(issued.containsAll(kept));
    }

    /** Creates tokens for one user from 8 threads at once; every create must answer 200. */
    private List<HttpAnswer> createConcurrently(long userId, int count) throws Exception {
        Api admin = admin();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpAnswer>> creates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                creates.add(() -> admin.postJson(JWT, "{\"user_id\":" + userId + "}"));
            }
            List<HttpAnswer> answers = new ArrayList<>();
            for (Future<HttpAnswer> answer : pool.invokeAll(creates)) {
                assertEquals(200, answer.get().status(), answer.get()::toString);
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNonRevocableTokenKeepsWorkingAfterDeleteAndReset() {
        long userId = freshUser();
        JsonObject kept = created(admin(), "{\"user_id\":" + userId + ",\"is_revocable\":false}");
        JsonObject revocable = created(admin(), "{\"user_id\":" + userId + "}");
        HttpAnswer deleted = admin().delete(JWT + "/" + kept.getString("id") + "?user_id=" + userId + "&fields=is_valid");
        assertTrue(deleted.json().getBoolean("is_valid"), "deleting does not stop a non-revocable token");
        admin().postJson(JWT + "/reset", "{\"user_id\":" + userId + "}");
        assertEquals(200, validate(kept.getString("token")).status());
        assertEquals("Token has been revoked", validate(revocable.getString("token")).json().getString("reason"));
    }

    @Test
    void anExpiredTokenStaysListedAsInvalidUntilDeleted() {
        long userId = freshUser();
        JsonObject token = created(admin(), "{\"user_id\":" + userId + ",\"expires_in\":\"+1 second\"}");
        eventually(Duration.ofSeconds(10), () -> validate(token.getString("token")).status() == 400);
        JsonObject listed = admin().get(JWT + "?user_id=" + userId).array().getJsonObject(0);
        assertEquals(JsonValue.FALSE, listed.get("is_valid"));
        assertEquals("Token has expired", listed.getString("error"));
        assertEquals("Token has expired", validate(token.getString("token")).json().getString("reason"));
    }

    @Test
    void theDatabaseHoldsNoTokenThatWouldWork() throws Exception {
        JsonObject user = newUser("at-rest", "[\"subscriber\"]", "[]");
        JsonObject created = created(admin(), "{\"user_id\":" + user.getInt("id") + "}");
        String token = created.getString("token");
        String signature = token.split("\\.")[2];
        String serverDatabase = System.getenv("AAM_DATASOURCE_URL");
        if (serverDatabase != null) {
            try (Connection connection = DriverManager.getConnection(serverDatabase, System.getenv("AAM_DATASOURCE_USER"),
                    Objects.requireNonNullElse(System.getenv("AAM_DATASOURCE_PASSWORD"), ""));
                    PreparedStatement column = connection.prepareStatement("SELECT compact FROM aam_tokens WHERE id = ?")) {
                column.setString(1, created.getString("id"));
                try (ResultSet row = column.executeQuery()) {
                    assertTrue(row.next(), "the token is registered");
                    assertFalse(row.getString(1).contains(signature), "the token is stored in plain");
                }
            }
            return;
        }
        // The embedded H2 file is locked by the server: read its bytes. What is stored in plain (the username)
        // reaches the file, so would the token if it were stored in plain.
        Path database = Path.of(System.getProperty("it.data.dir", "target/it-data"), "aam.mv.db");
        eventually(Duration.ofSeconds(30), () -> fileContains(database, user.getString("username")));
        assertFalse(fileContains(database, signature), "the token's signature is in the database file");
        assertFalse(fileContains(database, token.substring(0, token.indexOf('.') + 20)), "a token is in the database file");
    }

    private static boolean fileContains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

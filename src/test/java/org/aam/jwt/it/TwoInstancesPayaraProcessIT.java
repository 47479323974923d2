package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the WAR sharing one database server (the one the db profile configures) and the data folder
 * (for the signing secret): what one does, the other honours at the next request.
 */
@Tag("payara-process")
@Tag("shared-database")
class TwoInstancesPayaraProcessIT {

    private static final String JWT = "aam/v2/service/jwt";
    private static PayaraProcess first;
    private static PayaraProcess second;
    private static Api adminOnFirst;
    private static Api adminOnSecond;

    @BeforeAll
    static void startBoth() throws Exception {
        // One data folder for both (the keys and the token-store key), the one the database's keys belong to.
        Path data = Path.of(System.getProperty("it.data.dir"));
        Map<String, String> environment = Map.of("AAM_DATA_DIR", data.toAbsolutePath().toString());
        first = PayaraProcess.start("instance-1", environment);
        second = PayaraProcess.start("instance-2", environment);
        String admin = first.api().adminToken();
        adminOnFirst = first.api().bearer(admin);
        adminOnSecond = second.api().bearer(admin);
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aTokenIssuedOnOneWorksOnTheOther() {
        assertEquals(200, adminOnSecond.get(JWT).status());
    }

    @Test
    void aTokenDeletedOnOneIsRefusedOnTheOther() {
        long userId = newUser();
        JsonObject token = adminOnFirst.postJson(JWT, "{\"user_id\":" + userId + "}").json();
        assertEquals(200, validate(second, token.getString("token")).status());
        assertEquals(200, adminOnFirst.delete(JWT + "/" + token.getString("id") + "?user_id=" + userId).status());
        assertEquals("Token has been revoked", validate(second, token.getString("token")).json().getString("reason"));
    }

    @Test
    void aTokenRefreshedOnOneIsRefusedOnTheOtherAndItsSuccessorWorksThere() {
        long userId = newUser();
        String old = adminOnFirst.postJson(JWT, "{\"user_id\":" + userId + ",\"is_refreshable\":true}").json()
                .getString("token");
        HttpAnswer refreshed = first.api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + old + "\"}");
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertEquals("Token has been revoked", validate(second, old).json().getString("reason"));
        assertEquals(200, validate(second, refreshed.json().getString("token")).status());
    }

    @Test
    void aTokenRevokedOnOneIsRefusedOnTheOther() {
        long userId = newUser();
        String token = adminOnSecond.postJson(JWT, "{\"user_id\":" + userId + "}").json().getString("token");
        assertEquals(200, second.api().postJson("aam/v2/jwt/revoke", "{\"jwt\":\"" + token + "\"}").status());
        assertEquals("Token has been revoked", validate(first, token).json().getString("reason"));
    }

    @Test
    void aResetOnOneIsHonouredByTheOther() {
        long userId = newUser();
        String token = adminOnSecond.postJson(JWT, "{\"user_id\":" + userId + "}").json().getString("token");
        assertEquals(1, adminOnFirst.postJson(JWT + "/reset", "{\"user_id\":" + userId + "}").json()
                .getInt("deleted_token_count"));
        assertEquals(400, validate(second, token).status());
        assertEquals(0, adminOnSecond.get(JWT + "?user_id=" + userId).array().size());
    }

    @Test
    void aUserDeactivatedOnOneIsLockedOutOfBoth() {
        String name = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        long userId = adminOnFirst.postJson("aam/v2/users", "{\"username\":\"" + name + "\",\"password\":"
                + "\"long-enough-pw\",\"capabilities\":[\"aam_manager\",\"aam_manage_jwt\"]}").json().getInt("id");
        String token = second.api().tokenOf(name, "long-enough-pw");
        assertEquals(200, first.api().bearer(token).get(JWT).status());
        assertEquals(200, adminOnSecond.patchJson("aam/v2/users/" + userId, "{\"status\":\"inactive\"}").status());
        assertEquals(401, first.api().bearer(token).get(JWT).status());
        assertEquals(401, second.api().bearer(token).get(JWT).status());
    }

    @Test
    void aTokensLastUseShowsTheSameOnBothWhicheverInstanceItWasUsedOn() {
        String name = "used-" + UUID.randomUUID().toString().substring(0, 8);
        long userId = adminOnFirst.postJson("aam/v2/users", "{\"username\":\"" + name + "\",\"password\":"
                + "\"long-enough-pw\",\"capabilities\":[\"aam_manager\",\"aam_manage_jwt\"]}").json().getInt("id");
        String token = adminOnFirst.postJson(JWT, "{\"user_id\":" + userId + "}").json().getString("token");
        assertEquals(200, first.api().bearer(token).get(JWT).status());
        DeployedService.eventually(Duration.ofSeconds(10), () -> lastUseOn(adminOnFirst, userId) != null
                && lastUseOn(adminOnFirst, userId).equals(lastUseOn(adminOnSecond, userId)));
        Instant onFirst = Instant.parse(lastUseOn(adminOnFirst, userId));

        // The second instance has not written this token's use yet: its first use there is written at once.
        Instant beforeSecond = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(200, second.api().bearer(token).get(JWT).status());
        DeployedService.eventually(Duration.ofSeconds(10), () -> {
            String shown = lastUseOn(adminOnFirst, userId);
            return !Instant.parse(shown).isBefore(beforeSecond) && shown.equals(lastUseOn(adminOnSecond, userId));
        });
        assertFalse(Instant.parse(lastUseOn(adminOnSecond, userId)).isBefore(onFirst));
    }

    /** The {@code last_used_at} of the user's only token, or null. */
    private static String lastUseOn(Api admin, long userId) {
        JsonObject token = admin.get(JWT + "?user_id=" + userId + "&fields=last_used_at").array().getJsonObject(0);
        return token.isNull("last_used_at") ? null : token.getString("last_used_at");
    }

    @Test
    void concurrentCreatesOverBothInstancesLoseNothingAndKeepTheLimit() throws Exception {
        long userId = newUser();
        List<String> issued = createOverBoth(userId, 8);
        assertEquals(issued.stream().sorted().toList(), idsOf(userId).stream().sorted().toList());
        List<String> more = createOverBoth(userId, 12);
        List<String> kept = idsOf(userId);
        assertEquals(10, kept.size());
        assertTrue(more.containsAll(kept.subList(kept.size() - 8, kept.size())), "the newest stay");
    }

    private static List<String> createOverBoth(long userId, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpAnswer>> creates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Api instance = i % 2 == 0 ? adminOnFirst : adminOnSecond;
                creates.add(() -> instance.postJson(JWT, "{\"user_id\":" + userId + "}"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<HttpAnswer> answer : pool.invokeAll(creates)) {
                assertEquals(200, answer.get().status(), answer.get()::toString);
                ids.add(answer.get().json().getString("id"));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> idsOf(long userId) {
        return adminOnSecond.get(JWT + "?user_id=" + userId + "&fields=id").array().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static long newUser() {
        String name = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        HttpAnswer user = adminOnFirst.postJson("aam/v2/users", "{\"username\":\"" + name
                + "\",\"password\":\"long-enough-pw\"}");
        assertEquals(200, user.status(), user::toString);
        return user.json().getInt("id");
    }

    private static HttpAnswer validate(PayaraProcess instance, String token) {
        return instance.api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + token + "\"}");
    }
}

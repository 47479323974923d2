package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over HTTP: an event for each kind of action, the filters and the cursor, what a manager sees,
 * and that no event holds a credential. Events are written off the request's thread, so a test waits for them.
 */
class AuditIT extends DeployedService {

    private static final String AUDIT = "aam/v2/audit";
    private static final Duration WRITTEN = Duration.ofSeconds(20);

    /** Every event about the user, newest first, through every page. */
    private List<JsonObject> eventsOf(Api caller, long userId) {
        return allPages(caller, AUDIT + "?limit=500&user_id=" + userId);
    }

    private static List<JsonObject> allPages(Api caller, String query) {
        List<JsonObject> events = new ArrayList<>();
        String next = null;
        do {
            HttpAnswer page = caller.get(query + (next == null ? "" : "&cursor=" + next));
            assertEquals(200, page.status(), page::toString);
            page.json().getJsonArray("events").forEach(event -> events.add(event.asJsonObject()));
            JsonValue cursor = page.json().get("next");
            next = cursor == JsonValue.NULL ? null : page.json().getString("next");
        } while (next != null);
        return events;
    }

    /** Waits until the user's trail holds the event (for a token when tokenId is given), and returns it. */
    private JsonObject awaitEvent(long userId, String event, String tokenId) {
        List<JsonObject> found = new ArrayList<>();
        eventually(WRITTEN, () -> {
            found.clear();
            eventsOf(admin(), userId).stream().filter(e -> e.getString("event").equals(event))
                    .filter(e -> tokenId == null || tokenId.equals(stringOrNull(e, "token_id"))).forEach(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static String stringOrNull(JsonObject event, String name) {
        return event.isNull(name) ? null : event.getString(name);
    }

    private long adminId() {
        return admin().get("aam/v2/users/me").json().getJsonNumber("id").longValue();
    }

    @Test
    void everyTokenActionIsRecordedWithItsActorSubjectAndTokenId() {
        long userId = newUser("audited", "[\"subscriber\"]", "[]").getInt("id");
        JsonObject issued = created(admin(), "{\"user_id\":" + userId + "}");
        JsonObject event = awaitEvent(userId, "token_issued", issued.getString("id"));
        assertEquals(adminId(), event.getJsonNumber("actor_id").longValue());
        assertEquals(userId, event.getJsonNumber("user_id").longValue());
        assertEquals("success", event.getString("outcome"));
        assertFalse(event.isNull("client"));
        Instant.parse(event.getString("time"));

        assertEquals(200, admin().delete(JWT + "/" + issued.getString("id") + "?user_id=" + userId).status());
        awaitEvent(userId, "token_deleted", issued.getString("id"));

        JsonObject refreshable = created(admin(), "{\"user_id\":" + userId + ",\"is_refreshable\":true}");
        HttpAnswer refreshed = api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + refreshable.getString("token") + "\"}");
        assertEquals(200, refreshed.status(), refreshed::toString);
        assertTrue(awaitEvent(userId, "token_refreshed", null).getString("detail").contains(refreshable.getString("id")));

        JsonObject revocable = created(admin(), "{\"user_id\":" + userId + "}");
        HttpAnswer revoked = api().postJson("aam/v2/jwt/revoke", "{\"jwt\":\"" + revocable.getString("token") + "\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        awaitEvent(userId, "token_revoked", revocable.getString("id"));

        JsonObject oldest = created(admin(), "{\"user_id\":" + userId + "}");
        for (int i = 0; i < 10; i++) {
            created(admin(), "{\"user_id\":" + userId + "}");
        }
        awaitEvent(userId, "token_pushed_out", oldest.getString("id"));

        assertEquals(200, admin().postJson(JWT + "/reset", "{\"user_id\":" + userId + "}").status());
        assertTrue(awaitEvent(userId, "tokens_reset", null).getString("detail").startsWith("10 "));
    }

    @Test
    void passwordLoginsAreRecordedOnEveryChannelWithTheirOutcome() {
        JsonObject user = newUser("login", "[\"subscriber\"]", "[]");
        long userId = user.getInt("id");
        String username = user.getString("username");
        assertEquals(200, logIn(username, passwordOf(user)).status());
        JsonObject succeeded = awaitEvent(userId, "login_succeeded", null);
        assertEquals(userId, succeeded.getJsonNumber("actor_id").longValue());

        assertEquals(401, api().basic(username, "wrong-basic").get("aam/v2/users/me").status());
        JsonObject failed = awaitEvent(userId, "login_failed", null);
        assertEquals("failure", failed.getString("outcome"));
        assertTrue(failed.isNull("actor_id"), "a failed attempt may come from anyone");

        failLoginsUntilTheEighth(username, 1);
        assertEquals(429, logIn(username, passwordOf(user)).status());
        assertEquals("refused", awaitEvent(userId, "login_throttled", null).getString("outcome"));
    }

    @Test
    void userChangesNameTheFieldsNeverTheirValues() {
        JsonObject user = newUser("changed", "[\"subscriber\"]", "[]");
        long userId = user.getInt("id");
        awaitEvent(userId, "user_created", null);
        String newPassword = "new-secret-" + userId;
        assertEquals(200, admin().patchJson("aam/v2/users/" + userId,
                "{\"password\":\"" + newPassword + "\",\"display_name\":\"Renamed\"}").status());
        JsonObject changed = awaitEvent(userId, "user_changed", null);
        assertEquals("fields: password, display_name", changed.getString("detail"));
        assertEquals(200, admin().patchJson("aam/v2/users/" + userId, "{\"status\":\"inactive\"}").status());
        awaitEvent(userId, "user_deactivated", null);
        assertEquals(200, admin().delete("aam/v2/users/" + userId).status());
        awaitEvent(userId, "user_deleted", null);
        assertFalse(eventsOf(admin(), userId).toString().contains(newPassword));
    }

    @Test
    void refusedAccessAndKeyChangesAreRecorded() {
        JsonObject subscriber = newUser("refused", "[\"subscriber\"]", "[]");
        long subscriberId = subscriber.getInt("id");
        Api asSubscriber = api().bearer(tokenOf(subscriber.getString("username"), passwordOf(subscriber)));
        assertEquals(403, asSubscriber.get(JWT).status());
        assertEquals(403, asSubscriber.get(AUDIT).status());
        eventually(WRITTEN, () -> allPages(admin(), AUDIT + "?event=access_refused&limit=500").stream()
                .anyMatch(e -> !e.isNull("actor_id") && e.getJsonNumber("actor_id").longValue() == subscriberId
                        && e.getString("detail").equals("GET /aam/v2/audit")));
        HttpAnswer refreshable = api().postJson("aam/v2/authenticate", "{\"username\":\""
                + subscriber.getString("username") + "\",\"password\":\"" + passwordOf(subscriber)
                + "\",\"issueJWT\":true,\"refreshableJWT\":true}");
        assertEquals(403, refreshable.status(), refreshable::toString);
        assertEquals("refreshable token asked at login", awaitEvent(subscriberId, "access_refused", null)
                .getString("detail"));

        String oldKid = admin().get("aam/v2/keys").array().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("status").equals("current")).findFirst().orElseThrow().getString("kid");
        String newKid = admin().postJson("aam/v2/keys", "{}").json().getString("kid");
        assertEquals(200, admin().postJson("aam/v2/keys/" + newKid + "/current", "{}").status());
        // The administrator's token was signed by the old key: it signs again before the new one is retired.
        assertEquals(200, admin().postJson("aam/v2/keys/" + oldKid + "/current", "{}").status());
        assertEquals(200, admin().delete("aam/v2/keys/" + newKid).status());
        eventually(WRITTEN, () -> allPages(admin(), AUDIT + "?event=key_retired").stream()
                .anyMatch(e -> e.getString("detail").equals("kid " + newKid)));
        assertTrue(allPages(admin(), AUDIT + "?event=key_rotated").stream()
                .anyMatch(e -> e.getString("detail").equals("kid " + newKid)));
    }

    @Test
    void filtersAndTheCursorPageNewestFirstWithoutRepeats() {
        long userId = newUser("paged", "[\"subscriber\"]", "[]").getInt("id");
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            issued.add(created(admin(), "{\"user_id\":" + userId + "}").getString("id"));
        }
        String query = AUDIT + "?user_id=" + userId + "&event=token_issued";
        eventually(WRITTEN, () -> allPages(admin(), query).size() == 5);

        HttpAnswer first = admin().get(query + "&limit=2");
        assertEquals(2, first.json().getJsonArray("events").size());
        List<JsonObject> paged = allPages(admin(), query + "&limit=2");
        assertEquals(issued, Set.copyOf(paged.stream().map(e -> e.getString("token_id")).toList()));
        for (int i = 1; i < paged.size(); i++) {
            assertFalse(Instant.parse(paged.get(i).getString("time"))
                    .isAfter(Instant.parse(paged.get(i - 1).getString("time"))), "newest first");
        }
        // A page read after more events were added goes on where it stopped.
        String next = first.json().getString("next");
        created(admin(), "{\"user_id\":" + userId + "}");
        eventually(WRITTEN, () -> allPages(admin(), query).size() == 6);
        HttpAnswer second = admin().get(query + "&limit=2&cursor=" + next);
        assertEquals(paged.subList(2, 4), second.json().getJsonArray("events").stream()
                .map(JsonValue::asJsonObject).toList());

        String oldest = paged.get(paged.size() - 1).getString("time");
        assertEquals(1, allPages(admin(), query + "&until=" + encode(oldest)).size());
        assertEquals(6, allPages(admin(), query + "&since=" + encode(oldest)).size());
        assertEquals(0, allPages(admin(), query + "&since=" + encode("2999-01-01T00:00:00+02:00")).size());
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        for (String bad : List.of("limit=0", "limit=501", "limit=ten", "event=token_stolen", "since=yesterday",
                "until=2026-12-01", "cursor=not-a-cursor", "user_id=-3")) {
            HttpAnswer answer = admin().get(AUDIT + "?" + bad);
            assertError(answer, 400, "rest_invalid_param");
            String name = bad.substring(0, bad.indexOf('='));
            assertTrue(answer.json().getString("message").contains(name), answer::toString);
        }
        assertError(api().get(AUDIT), 401, "rest_unauthorized");
    }

    @Test
    void aManagerSeesOnlyTheEventsOfTheUsersItMayManage() {
        JsonObject manager = newUser("manager", "[\"editor\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        long managed = newUser("managed", "[\"editor\"]", "[]").getInt("id");
        long other = newUser("other", "[\"subscriber\"]", "[]").getInt("id");
        created(admin(), "{\"user_id\":" + managed + "}");
        created(admin(), "{\"user_id\":" + other + "}");
        awaitEvent(other, "token_issued", null);
        awaitEvent(managed, "token_issued", null);

        Api asManager = api().bearer(tokenOf(manager.getString("username"), passwordOf(manager)));
        List<JsonObject> seen = allPages(asManager, AUDIT + "?limit=500");
        assertTrue(seen.stream().anyMatch(e -> !e.isNull("user_id") && e.getJsonNumber("user_id").longValue() == managed));
        assertTrue(seen.stream().allMatch(e -> !e.isNull("user_id") && e.getJsonNumber("user_id").longValue() != other
                && e.getJsonNumber("user_id").longValue() != adminId()), seen::toString);
        assertEquals(0, allPages(asManager, AUDIT + "?user_id=" + other).size());
    }

    @Test
    void noEventHoldsATokenOrAPassword() {
        JsonObject user = newUser("secrets", "[\"subscriber\"]", "[]");
        long userId = user.getInt("id");
        String token = tokenOf(user.getString("username"), passwordOf(user));
        JsonObject issued = created(admin(), "{\"user_id\":" + userId + ",\"is_refreshable\":true}");
        api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + issued.getString("token") + "\"}");
        logIn(user.getString("username"), "a-wrong-password-" + userId);
        awaitEvent(userId, "token_refreshed", null);
        awaitEvent(userId, "login_failed", null);
        String trail = allPages(admin(), AUDIT + "?limit=500").toString();
        for (String secret : List.of(token, issued.getString("token"), passwordOf(user), "a-wrong-password-" + userId,
                ADMIN_PASSWORD)) {
            assertFalse(trail.contains(secret), "the trail holds a credential");
            // Nor any of its parts: a JWT's signature alone would do harm.
            for (String part : secret.split("\\.")) {
                assertFalse(part.length() > 20 && trail.contains(part), "the trail holds part of a credential");
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

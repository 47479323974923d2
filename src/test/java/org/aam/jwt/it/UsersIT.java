package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The users API, and what a change of a user does to the user's tokens. */
class UsersIT extends DeployedService {

    private static final String USERS = "aam/v2/users";

    @Test
    void anAdministratorCreatesReadsChangesAndDeletesAUser() {
        HttpAnswer created = admin().postJson(USERS, "{\"username\":\"jane-" + System.nanoTime() + "\",\"password\":"
                + "\"long-enough-pw\",\"display_name\":\"Jane\",\"email\":\"jane@example.com\",\"roles\":[\"editor\"],"
                + "\"capabilities\":[\"aam_manager\"]}");
        assertEquals(200, created.status(), created::toString);
        JsonObject user = created.json();
        assertEquals("Jane", user.getString("display_name"));
        assertEquals("jane@example.com", user.getString("email"));
        assertEquals(List.of("editor"), user.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals(List.of("aam_manager"), user.getJsonArray("capabilities").getValuesAs(JsonString::getString));
        assertEquals("active", user.getString("status"));
        assertFalse(created.body().contains("password"), "no password or hash is ever shown");

        String path = USERS + "/" + user.getInt("id");
        assertEquals(user, admin().get(path).json());
        assertTrue(admin().get(USERS).array().contains(user));

        HttpAnswer changed = admin().patchJson(path, "{\"display_name\":\"Jane D.\",\"roles\":[\"author\"],"
                + "\"capabilities\":[]}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Jane D.", changed.json().getString("display_name"));
        assertEquals(List.of("author"), changed.json().getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals(List.of(), changed.json().getJsonArray("capabilities").getValuesAs(JsonString::getString));
        assertEquals("jane@example.com", changed.json().getString("email"), "what is not named stays");

        assertEquals(200, admin().delete(path).status());
        assertError(admin().get(path), 404, "rest_user_not_found");
    }

    @Test
    void onlyAdministratorsManageUsers() {
        JsonObject manager = newUser("manager", "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        Api asManager = api().bearer(tokenOf(manager.getString("username"), passwordOf(manager)));
        assertError(asManager.get(USERS), 403, "rest_forbidden");
        assertError(asManager.postJson(USERS, "{\"username\":\"x\",\"password\":\"long-enough-pw\"}"), 403,
                "rest_forbidden");
        assertError(api().get(USERS), 401, "rest_unauthorized");
    }

    @Test
    void everyCallerMayAskWhoTheyAre() {
        JsonObject plain = newUser("plain", "[\"subscriber\"]", "[]");
        HttpAnswer me = api().bearer(tokenOf(plain.getString("username"), passwordOf(plain))).get(USERS + "/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals(plain, me.json());
        assertError(api().get(USERS + "/me"), 401, "rest_unauthorized");
    }

    @Test
    void aManagerFindsOnlyTheUsersWhoseTokensTheyMayManage() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonObject manager = newUser("manager" + tag, "[\"subscriber\"]", "[\"aam_manager\",\"aam_manage_jwt\"]");
        JsonObject reachable = newUser("reachable" + tag, "[\"subscriber\"]", "[]");
        newUser("editor" + tag, "[\"editor\"]", "[]");
        Api asManager = api().bearer(tokenOf(manager.getString("username"), passwordOf(manager)));
        HttpAnswer found = asManager.get(USERS + "/manageable?search=" + tag.toUpperCase(java.util.Locale.ROOT));
        assertEquals(200, found.status(), found::toString);
        assertEquals(List.of(manager.getString("username"), reachable.getString("username")), found.array().stream()
                .map(u -> u.asJsonObject().getString("username")).sorted().toList());
        assertFalse(found.body().contains("capabilities"), "a summary only");
        assertTrue(admin().get(USERS + "/manageable?search=" + tag).array().size() == 3, "an administrator reaches all");
        assertTrue(asManager.get(USERS + "/manageable").body().contains(reachable.getString("username")));
        assertFalse(asManager.get(USERS + "/manageable").body().contains("\"admin\""));
        JsonObject plain = newUser("plain", "[\"subscriber\"]", "[]");
        assertError(api().bearer(tokenOf(plain.getString("username"), passwordOf(plain))).get(USERS + "/manageable"),
                403, "rest_forbidden");
    }

    @Test
    void badUserInputIsABadRequest() {
        JsonObject existing = newUser("taken", "[\"subscriber\"]", "[]");
        assertError(admin().postJson(USERS, "{\"username\":\"" + existing.getString("username")
                + "\",\"password\":\"long-enough-pw\"}"), 400, "existing_user_login");
        assertError(admin().postJson(USERS, "{\"username\":\"short-pw\",\"password\":\"1234\"}"), 400, "rest_invalid_param");
        assertError(admin().postJson(USERS, "{\"password\":\"long-enough-pw\"}"), 400, "rest_invalid_param");
        assertError(admin().postJson(USERS, "{\"username\":\"bad name!\",\"password\":\"long-enough-pw\"}"), 400,
                "rest_invalid_param");
        assertError(admin().postJson(USERS, "{\"username\":\"mail\",\"password\":\"long-enough-pw\",\"email\":\"no\"}"),
                400, "rest_invalid_param");
        HttpAnswer role = admin().postJson(USERS, "{\"username\":\"role\",\"password\":\"long-enough-pw\","
                + "\"roles\":[\"overlord\"]}");
        assertError(role, 400, "rest_invalid_param");
        assertTrue(role.json().getString("message").contains("overlord"), role::toString);
        assertError(admin().patchJson(USERS + "/" + existing.getInt("id"), "{\"status\":\"asleep\"}"), 400,
                "rest_invalid_param");
        assertError(admin().get(USERS + "/abc"), 400, "rest_invalid_param");
        assertError(admin().get(USERS + "/987654321"), 404, "rest_user_not_found");
    }

    @Test
    void deactivationStopsEveryTokenRevocableOrNotAndReactivationRevivesNone() {
        JsonObject user = newUser("deactivated", "[\"subscriber\"]", "[]");
        String path = USERS + "/" + user.getInt("id");
        String revocable = created(admin(), "{\"user_id\":" + user.getInt("id") + "}").getString("token");
        String lasting = created(admin(), "{\"user_id\":" + user.getInt("id") + ",\"is_revocable\":false}")
                .getString("token");
        assertEquals(200, validate(lasting).status());

        assertEquals("inactive", admin().patchJson(path, "{\"status\":\"inactive\"}").json().getString("status"));
        assertEquals("User is inactive", validate(revocable).json().getString("reason"));
        assertEquals("User is inactive", validate(lasting).json().getString("reason"));
        assertError(api().bearer(lasting).get(JWT), 401, "rest_unauthorized");
        assertError(logIn(user.getString("username"), passwordOf(user)), 401, "rest_unauthorized");
        assertError(api().basic(user.getString("username"), passwordOf(user)).get(JWT), 401, "rest_unauthorized");

        admin().patchJson(path, "{\"status\":\"active\"}");
        assertEquals(400, validate(lasting).status(), "reactivation does not revive earlier tokens");
        assertEquals(200, logIn(user.getString("username"), passwordOf(user)).status());
    }

    @Test
    void aNewPasswordStopsEarlierTokensButNotLaterOnes() {
        JsonObject user = newUser("repassworded", "[\"subscriber\"]", "[]");
        String lasting = created(admin(), "{\"user_id\":" + user.getInt("id") + ",\"is_revocable\":false}")
                .getString("token");
        assertEquals(200, admin().patchJson(USERS + "/" + user.getInt("id"), "{\"password\":\"a-new-password\"}")
                .status());
        assertEquals("Token was issued before the user's password or status changed",
                validate(lasting).json().getString("reason"));
        String later = created(admin(), "{\"user_id\":" + user.getInt("id") + "}").getString("token");
        assertEquals(200, validate(later).status(), "a token issued right after the change works");
        assertEquals(200, logIn(user.getString("username"), "a-new-password").status());
        assertEquals(401, logIn(user.getString("username"), passwordOf(user)).status());
    }

    @Test
    void deletingAUserDeletesAndStopsAllTheirTokens() {
        JsonObject user = newUser("deleted", "[\"subscriber\"]", "[]");
        String lasting = created(admin(), "{\"user_id\":" + user.getInt("id") + ",\"is_revocable\":false}")
                .getString("token");
        created(admin(), "{\"user_id\":" + user.getInt("id") + "}");
        assertEquals(200, admin().delete(USERS + "/" + user.getInt("id")).status());
        assertEquals("User no longer exists", validate(lasting).json().getString("reason"));
        assertError(admin().get(JWT + "?user_id=" + user.getInt("id")), 404, "rest_user_not_found");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        String self = USERS + "/1";
        assertError(admin().delete(self), 400, "rest_invalid_param");
        assertError(admin().patchJson(self, "{\"status\":\"inactive\"}"), 400, "rest_invalid_param");
        assertError(admin().patchJson(self, "{\"roles\":[\"subscriber\"]}"), 400, "rest_invalid_param");
        assertEquals("active", admin().get(self).json().getString("status"));
    }
}

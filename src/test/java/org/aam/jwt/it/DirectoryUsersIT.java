package org.aam.jwt.it;

import static org.aam.jwt.it.TestDirectory.directoryPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Users of the company directory (the build's slapd, seeded from src/test/ldap/seed.ldif, mapped by
 * src/test/ldap/aam-ldap.properties), on every server of the matrix: the configuration's group mapping, logins on
 * every password channel, stable ids, and leaving the company within the sync interval (2 seconds here).
 */
class DirectoryUsersIT extends DeployedService {

    private static final Duration SYNC = Duration.ofSeconds(30);

    private JsonObject login(String uid) {
        HttpAnswer answer = logIn(uid, directoryPassword(uid));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonObject("user");
    }

    private JsonObject userOf(String uid) {
        HttpAnswer answer = admin().get("aam/v2/users/" + login(uid).getInt("id"));
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static List<String> names(JsonObject user, String field) {
        return user.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aDirectoryUserLogsInWithTheDirectoryPasswordOnEveryChannel() {
        String token = tokenOf("sam", directoryPassword("sam"));
        assertEquals("sam", api().bearer(token).get("aam/v2/users/me").json().getString("username"));
        HttpAnswer basic = api().basic("sam", directoryPassword("sam")).get("aam/v2/users/me");
        assertEquals(200, basic.status(), basic::toString);
        assertEquals("sam", basic.json().getString("username"));
        HttpAnswer console = api().postForm("console/session", "username=sam&password=" + directoryPassword("sam"));
        assertEquals(204, console.status(), console::toString);
        assertTrue(console.header("Set-Cookie").isPresent(), console::toString);
    }

    @Test
    void aWrongOrEmptyDirectoryPasswordIsRefused() {
        assertError(logIn("sam", "not-sams-password"), 401, "rest_unauthorized");
        // An empty password would be an LDAP unauthenticated bind, which "succeeds": it is never sent.
        assertEquals(401, api().basic("sam", "").get("aam/v2/users/me").status());
        assertEquals(401, api().postForm("console/session", "username=sam&password=").status());
    }

    @Test
    void filterMetacharactersInTheNameFindNobody() {
        assertError(logIn("*", directoryPassword("sam")), 401, "rest_unauthorized");
        assertError(logIn("sam)(uid=*", directoryPassword("sam")), 401, "rest_unauthorized");
        assertError(logIn("s*", directoryPassword("sam")), 401, "rest_unauthorized");
    }

    @Test
    void aDirectoryUserKeepsOneNumericIdAndIsListedAsFromTheDirectory() {
        int id = login("sam").getInt("id");
        assertEquals(id, login("sam").getInt("id"));
        JsonObject sam = admin().get("aam/v2/users/" + id).json();
        assertEquals("ldap", sam.getString("source"));
        assertEquals("Sam Subscriber", sam.getString("display_name"));
        assertEquals(List.of("subscriber"), names(sam, "roles"));
        assertEquals("local", admin().get("aam/v2/users/me").json().getString("source"));
        assertTrue(admin().get("aam/v2/users").array().stream().anyMatch(user ->
                user.asJsonObject().getInt("id") == id && user.asJsonObject().getString("source").equals("ldap")));
    }

    @Test
    void directoryGroupsMapOntoRolesAndCapabilities() {
        assertEquals(List.of("administrator", "subscriber"), names(userOf("dora"), "roles"));
        JsonObject mark = userOf("mark");
        assertEquals(List.of("aam_manage_jwt", "aam_manager"), names(mark, "capabilities"));
        assertEquals(List.of("aam_issue_refreshable_jwt"), names(userOf("rita"), "capabilities"));
        HttpAnswer refreshable = api().postJson("aam/v2/authenticate", "{\"username\":\"rita\",\"password\":\""
                + directoryPassword("rita") + "\",\"issueJWT\":true,\"refreshableJWT\":true}");
        assertEquals(200, refreshable.status(), refreshable::toString);
        HttpAnswer notForSam = api().postJson("aam/v2/authenticate", "{\"username\":\"sam\",\"password\":\""
                + directoryPassword("sam") + "\",\"issueJWT\":true,\"refreshableJWT\":true}");
        assertError(notForSam, 403, "rest_forbidden");
        // A directory administrator manages users like any administrator.
        assertEquals(200, api().bearer(tokenOf("dora", directoryPassword("dora"))).get("aam/v2/users").status());
    }

    @Test
    void aDirectoryManagerCannotReachTheTokensOfSomeoneWithMoreRights() {
        Api mark = api().bearer(tokenOf("mark", directoryPassword("mark")));
        int dora = login("dora").getInt("id");
        int rita = login("rita").getInt("id");
        int sam = login("sam").getInt("id");
        assertError(mark.postJson(JWT, "{\"user_id\":" + dora + "}"), 403, "rest_forbidden");
        assertError(mark.postJson(JWT, "{\"user_id\":1}"), 403, "rest_forbidden");
        assertError(mark.postJson(JWT, "{\"user_id\":" + rita + "}"), 403, "rest_forbidden");
        assertEquals(200, mark.postJson(JWT, "{\"user_id\":" + sam + "}").status());
        // And an administrator manages a directory user's tokens like anyone's.
        assertEquals(200, admin().postJson(JWT, "{\"user_id\":" + sam + "}").status());
    }

    @Test
    void theDirectoryOwnsTheNamePasswordAndGroupsOfItsUsers() {
        int id = login("paula").getInt("id");
        String path = "aam/v2/users/" + id;
        assertError(admin().patchJson(path, "{\"password\":\"a-new-long-password\"}"), 409, "rest_user_managed_by_directory");
        assertError(admin().patchJson(path, "{\"username\":\"pauline\"}"), 409, "rest_user_managed_by_directory");
        assertError(admin().patchJson(path, "{\"roles\":[\"administrator\"]}"), 409, "rest_user_managed_by_directory");
        assertError(admin().patchJson(path, "{\"capabilities\":[\"aam_manager\"]}"), 409, "rest_user_managed_by_directory");
        assertEquals(id, login("paula").getInt("id"), "paula still logs in with her directory password");
    }

    @Test
    void aUserDeletedFromTheDirectoryLosesEveryTokenWithinTheSyncInterval() {
        String token = tokenOf("leo", directoryPassword("leo"));
        int id = login("leo").getInt("id");
        assertEquals(200, api().bearer(token).get("aam/v2/users/me").status());
        TestDirectory.deleteUser("leo");
        eventually(SYNC, () -> api().bearer(token).get("aam/v2/users/me").status() == 401);
        assertEquals("inactive", admin().get("aam/v2/users/" + id).json().getString("status"));
        assertError(logIn("leo", directoryPassword("leo")), 401, "rest_unauthorized");
    }

    @Test
    void aUserWhoLosesAMappedGroupLosesTheRightAndEveryEarlierToken() {
        String token = tokenOf("gina", directoryPassword("gina"));
        TestDirectory.removeFromGroup("gina", "jwt-managers");
        eventually(SYNC, () -> api().bearer(token).get("aam/v2/users/me").status() == 401);
        JsonObject gina = userOf("gina");
        assertEquals(List.of(), names(gina, "capabilities"));
        assertEquals("active", gina.getString("status"));
        assertError(api().bearer(tokenOf("gina", directoryPassword("gina"))).postJson(JWT, "{\"user_id\":1}"), 403,
                "rest_forbidden");
    }

    @Test
    void aUserDisabledInTheDirectoryLosesEveryTokenAndCannotLogIn() {
        String token = tokenOf("dan", directoryPassword("dan"));
        TestDirectory.disable("dan");
        eventually(SYNC, () -> api().bearer(token).get("aam/v2/users/me").status() == 401);
        HttpAnswer answer = logIn("dan", directoryPassword("dan"));
        assertError(answer, 401, "rest_unauthorized");
        assertTrue(answer.body().contains("inactive"), answer::toString);
        assertTrue(logIn("lena", directoryPassword("lena")).body().contains("inactive"), "lena is locked from the start");
    }
}

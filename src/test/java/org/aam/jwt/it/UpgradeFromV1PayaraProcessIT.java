package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The schema as it stood before versioned migrations is version 1. A database written by that version
 * (src/test/resources/upgrade/v1, made by src/test/upgrade/make-v1-fixture.sh; H2 in the default pass, PostgreSQL or
 * MariaDB in theirs) with its data folder's keys: the current WAR starts on it, migrates it, and every user logs in
 * and every token answers as it did before the upgrade.
 */
@Tag("payara-process")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeFromV1PayaraProcessIT {

    private static final Path FIXTURE = Path.of("src/test/resources/upgrade/v1");
    private static FixtureDatabase database;
    private static JsonObject fixture;
    private static PayaraProcess service;
    private static Api admin;

    @BeforeAll
    static void startOnTheVersion1Database() throws IOException {
        database = new FixtureDatabase("upgrade_v1", Path.of("target", "it-data", "upgrade-v1")).recreate();
        try (Stream<Path> files = Files.list(FIXTURE.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, database.dataFolder.resolve(file.getFileName()));
            }
        }
        String script = database.kind.equals("h2") ? "h2.sql" : database.kind + ".sql";
        database.load(FIXTURE.resolve(script));
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(FIXTURE.resolve(database.kind + ".json"))))) {
            fixture = reader.readObject();
        }
        service = PayaraProcess.start("upgrade-v1-" + database.kind, database.environment());
        admin = service.api().basic("admin", password("admin"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    private static String password(String username) {
        return fixture.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow()
                .getString("password");
    }

    /** The token objects version 1 listed, by id. */
    private static Map<String, JsonObject> listedBeforeUpgrade() {
        Map<String, JsonObject> listed = new LinkedHashMap<>();
        for (JsonObject list : fixture.getJsonArray("lists").getValuesAs(JsonObject.class)) {
            list.getJsonArray("tokens").getValuesAs(JsonObject.class)
                    .forEach(token -> listed.put(token.getString("id"), token));
        }
        return listed;
    }

    private static String jti(String compact) {
        String payload = new String(Base64.getUrlDecoder().decode(compact.split("\\.")[1]));
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject().getString("jti");
        }
    }

    @Test
    @Order(1)
    void theDatabaseIsAtTheLatestVersionWithItsVersion1RowsKept() throws Exception {
        // The service holds the embedded H2 file open; MigrationsTest checks the same fixture's history on H2.
        Assumptions.assumeFalse(database.kind.equals("h2"), "H2 is open in the service");
        List<String> history = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + quoted("version") + " FROM "
                        + quoted("aam_schema_history") + " WHERE " + quoted("version") + " IS NOT NULL ORDER BY "
                        + quoted("installed_rank"))) {
            while (rows.next()) {
                history.add(rows.getString(1));
            }
        }
        assertEquals("1", history.get(0), "version 1 is the baseline: " + history);
        assertTrue(history.size() > 1, history::toString);
    }

    private static String quoted(String identifier) {
        return database.kind.equals("mariadb") ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    @Test
    @Order(2)
    void everyUserLogsIn() {
        for (JsonObject user : fixture.getJsonArray("users").getValuesAs(JsonObject.class)) {
            HttpAnswer login = service.api().postJson("aam/v2/authenticate", "{\"username\":\""
                    + user.getString("username") + "\",\"password\":\"" + user.getString("password") + "\"}");
            assertEquals(200, login.status(), () -> user.getString("username") + ": " + login);
        }
    }

    @Test
    @Order(3)
    void everyUsersTokensListWithTheSameIdsClaimsAndValidity() {
        for (JsonObject list : fixture.getJsonArray("lists").getValuesAs(JsonObject.class)) {
            int user = list.getInt("user");
            HttpAnswer now = admin.get("aam/v2/service/jwt?user_id=" + user);
            assertEquals(200, now.status(), now::toString);
            assertEquals(essentials(list.getJsonArray("tokens").getValuesAs(JsonObject.class)),
                    essentials(now.array().getValuesAs(JsonObject.class)), "user " + user);
        }
    }

    /** What must not change: id, claims, the stored token itself, validity and its reason. */
    private static List<String> essentials(List<JsonObject> tokens) {
        return tokens.stream().map(token -> token.getString("id") + " " + token.get("claims") + " "
                + token.getString("token") + " " + token.get("is_valid") + " " + token.get("error"))
                .collect(Collectors.toList());
    }

    @Test
    @Order(4)
    void everyTokenThatWasValidValidatesWithItsClaimsAndTheExpiredOneStillDoesNot() {
        Map<String, JsonObject> listed = listedBeforeUpgrade();
        int valid = 0;
        for (JsonObject issued : fixture.getJsonArray("tokens").getValuesAs(JsonObject.class)) {
            String compact = issued.getString("token");
            JsonObject before = listed.get(jti(compact));
            HttpAnswer validation = service.api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + compact + "\"}");
            if (before == null || before.getBoolean("is_valid")) {
                assertEquals(200, validation.status(), () -> issued.getString("kind") + ": " + validation);
                if (before != null) {
                    assertEquals(before.getJsonObject("claims"), validation.json(), issued.getString("kind"));
                }
                valid++;
            } else {
                assertEquals(400, validation.status(), () -> issued.getString("kind") + ": " + validation);
                assertEquals(before.getString("error"), validation.json().getString("reason"));
            }
        }
        assertTrue(valid >= 20, "valid tokens in the fixture: " + valid);
    }

    @Test
    @Order(5)
    void signedByTheRotatedKeyAndByTheCurrentOne() {
        Map<String, Long> byKey = fixture.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
                .map(token -> new String(Base64.getUrlDecoder().decode(token.getString("token").split("\\.")[0])))
                .collect(Collectors.groupingBy(header -> header.contains(fixture.getString("old_kid")) ? "old"
                        : header.contains(fixture.getString("new_kid")) ? "new" : "other", Collectors.counting()));
        assertTrue(byKey.getOrDefault("old", 0L) > 0 && byKey.getOrDefault("new", 0L) > 0, byKey::toString);
        assertEquals(fixture.getString("new_kid"), admin.get("aam/v2/keys").array().getValuesAs(JsonObject.class)
                .stream().filter(key -> key.getString("status").equals("current")).findFirst().orElseThrow()
                .getString("kid"));
    }

    @Test
    @Order(6)
    void everyRefreshableTokenRefreshesOnceAndItsSuccessorValidates() {
        Map<String, JsonObject> listed = listedBeforeUpgrade();
        int refreshed = 0;
        for (JsonObject issued : fixture.getJsonArray("tokens").getValuesAs(JsonObject.class)) {
            String compact = issued.getString("token");
            JsonObject before = listed.get(jti(compact));
            if (!issued.getString("kind").contains("refreshable")
                    || (before != null && !before.getBoolean("is_valid"))) {
                continue;
            }
            HttpAnswer refresh = service.api().postJson("aam/v2/jwt/refresh", "{\"jwt\":\"" + compact + "\"}");
            assertEquals(200, refresh.status(), () -> issued.getString("kind") + ": " + refresh);
            String successor = refresh.json().getString("token");
            assertNotEquals(compact, successor);
            assertEquals(200, service.api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + successor + "\"}")
                    .status());
            refreshed++;
        }
        assertTrue(refreshed >= 9, "refreshed: " + refreshed);
    }

    @Test
    @Order(7)
    void newUsersAndTokensAreWrittenAfterTheUpgrade() {
        HttpAnswer created = admin.postJson("aam/v2/users",
                "{\"username\":\"after-upgrade\",\"password\":\"after-upgrade-1\"}");
        assertEquals(200, created.status(), created::toString);
        assertTrue(created.json().getJsonNumber("id").longValue() > 4, created::toString);
        HttpAnswer caseTwin = admin.postJson("aam/v2/users", "{\"username\":\"JANE\",\"password\":\"jane-password-2\"}");
        assertEquals(400, caseTwin.status(), () -> "a username that differs only in case: " + caseTwin);
        assertEquals("existing_user_login", caseTwin.json().getString("code"));
        HttpAnswer issued = admin.postJson("aam/v2/service/jwt", "{\"user_id\":3}");
        assertEquals(200, issued.status(), issued::toString);
        assertEquals(JsonValue.ValueType.STRING, issued.json().get("token").getValueType());
    }
}

package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * config/backup-and-restore.md, followed: a running service is backed up (POST /aam/v2/backups for the data folder's
 * keys and the embedded H2 database; pg_dump or mariadb-dump for a database server), its database and data folder
 * are destroyed, both are restored into a new instance, and the old tokens work there. A restore that forgot the
 * token-sealing key, and a database of a newer version, stop the start-up with a message that says so.
 */
@Tag("payara-process")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestorePayaraProcessIT {

    private static final Path ROOT = Path.of("target", "it-data", "backup-restore").toAbsolutePath();
    private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-password");
    private static FixtureDatabase original;
    private static FixtureDatabase restored;
    private static final List<JsonObject> TOKENS = new ArrayList<>();
    private static String listBefore;
    private static long userId;

    @BeforeAll
    static void backUpARunningServiceThenDestroyIt() throws Exception {
        original = new FixtureDatabase("backup", ROOT.resolve("original")).recreate();
        Path saved = ROOT.resolve("saved");
        new FixtureDatabase("saved", saved).deleteDataFolder();
        Files.createDirectories(saved);
        try (PayaraProcess service = PayaraProcess.start("backup-original", original.environment())) {
            Api admin = service.api().basic("admin", ADMIN_PASSWORD);
            HttpAnswer user = admin.postJson("aam/v2/users", "{\"username\":\"kept\",\"password\":\"kept-password\"}");
            assertEquals(200, user.status(), user::toString);
            userId = user.json().getJsonNumber("id").longValue();
            for (String kind : List.of("\"is_revocable\":true", "\"is_revocable\":false",
                    "\"is_refreshable\":true")) {
                HttpAnswer token = admin.postJson("aam/v2/service/jwt", "{\"user_id\":" + userId + "," + kind + "}");
                assertEquals(200, token.status(), token::toString);
                TOKENS.add(token.json());
            }
            listBefore = admin.get("aam/v2/service/jwt?user_id=" + userId).body();

            // The backup, while the service runs.
            HttpAnswer backup = admin.send("POST", "aam/v2/backups", null, null);
            assertEquals(200, backup.status(), backup::toString);
            Path folder = Path.of(backup.json().getString("folder"));
            copyFolder(folder, saved);
            dumpDatabaseServer(saved.resolve("database.sql"));
        }
        // Gone: the database and the whole data folder.
        original.drop();
        original.deleteDataFolder();

        restored = new FixtureDatabase("backup", ROOT.resolve("restored")).recreate();
        restore(saved, restored);
    }

    private static void dumpDatabaseServer(Path file) {
        List<String> command = switch (original.kind) {
            case "postgresql" -> List.of("pg_dump", "--no-owner", "--no-privileges", "--dbname=" + libpq(original),
                    "--file=" + file);
            case "mariadb" -> List.of("bash", "-c", "mariadb-dump --single-transaction " + clientOptions(original)
                    + " " + original.name + " > " + file);
            default -> null;
        };
        if (command != null) {
            FixtureDatabase.run(command, null);
        }
    }

    private static String libpq(FixtureDatabase database) {
        return database.jdbcUrl().replaceFirst("^jdbc:", "") + "?user="
                + database.environment().get("AAM_DATASOURCE_USER");
    }

    private static String clientOptions(FixtureDatabase database) {
        java.net.URI server = java.net.URI.create(database.jdbcUrl().substring("jdbc:".length()));
        return "--host=" + server.getHost() + " --port=" + server.getPort() + " --user="
                + database.environment().get("AAM_DATASOURCE_USER");
    }

    /** The documented restore: the keys into the new data folder, then the database. */
    private static void restore(Path saved, FixtureDatabase into) throws IOException {
        try (Stream<Path> files = Files.list(saved)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("token-store-key") || name.startsWith("signing-key-")) {
                    Files.copy(file, into.dataFolder.resolve(name));
                }
            }
        }
        if (into.kind.equals("h2")) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(saved.resolve("aam.zip")))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Files.copy(zip, into.dataFolder.resolve(Path.of(entry.getName()).getFileName()));
                }
            }
        } else {
            into.load(saved.resolve("database.sql"));
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @AfterAll
    static void dropDatabases() {
        if (restored != null) {
            restored.drop();
        }
    }

    @Test
    @Order(1)
    void theRestoredInstanceValidatesAndListsTheOldTokens() throws Exception {
        try (PayaraProcess service = PayaraProcess.start("backup-restored", restored.environment())) {
            for (JsonObject token : TOKENS) {
                HttpAnswer validation = service.api().postJson("aam/v2/jwt/validate",
                        "{\"jwt\":\"" + token.getString("token") + "\"}");
                assertEquals(200, validation.status(), validation::toString);
                assertEquals(token.getString("id"), validation.json().getString("jti"));
            }
            Api admin = service.api().basic("admin", ADMIN_PASSWORD);
            // All but signed_url, which is built from this instance's address.
            assertEquals(withoutSignedUrl(listBefore), withoutSignedUrl(admin.get("aam/v2/service/jwt?user_id="
                    + userId).body()));
            assertEquals(200, service.api().postJson("aam/v2/authenticate",
                    "{\"username\":\"kept\",\"password\":\"kept-password\"}").status());
        }
    }

    private static List<String> withoutSignedUrl(String list) {
        return new HttpAnswer(200, list, null).array().getValuesAs(JsonObject.class).stream()
                .map(token -> Json.createObjectBuilder(token).remove("signed_url").build().toString()).toList();
    }

    @Test
    @Order(2)
    void aRestoreWithoutItsTokenSealingKeyDoesNotStart() throws Exception {
        Path key = restored.dataFolder.resolve("token-store-key");
        String kept = Files.readString(key);
        Files.writeString(key, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        try {
            String log = startExpectingFailure("backup-wrong-key", restored.environment(),
                    "cannot be opened with the data folder's token-store-key");
            assertTrue(log.contains("config/backup-and-restore.md"), "the message says what to restore");
        } finally {
            Files.writeString(key, kept);
        }
    }

    @Test
    @Order(3)
    void aDatabaseOfANewerVersionDoesNotStartAndNamesBothVersions() throws Exception {
        String history = restored.kind.equals("mariadb") ? "aam_schema_history" : "\"aam_schema_history\"";
        String column = restored.kind.equals("mariadb") ? "" : "\"";
        restored.execute("INSERT INTO " + history + " (" + String.join(", ", Stream.of("installed_rank", "version",
                "description", "type", "script", "checksum", "installed_by", "execution_time", "success")
                .map(name -> column + name + column).toList())
                + ") VALUES (99, '99', 'from a newer service', 'SQL', 'V99__later.sql', 0, 'test', 1, "
                + (restored.kind.equals("mariadb") ? "1" : "TRUE") + ")");
        startExpectingFailure("backup-newer-schema", restored.environment(), "The database schema is at version 99,"
                + " newer than this version of the service knows");
    }

    /** Starts the WAR on Payara Micro and waits for the text in its log; the start-up must fail with it. */
    private static String startExpectingFailure(String name, Map<String, String> environment, String expected)
            throws Exception {
        Path log = Path.of("target", "payara-process", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", System.getProperty("payara.micro.jar"),
                "--deploy", Path.of(System.getProperty("aam.war", "target/aam-jwt.war")).toString(),
                "--contextroot", "/", "--port", String.valueOf(freePort()), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        environment.forEach((variable, value) -> {
            if (value == null) {
                builder.environment().remove(variable);
            } else {
                builder.environment().put(variable, value);
            }
        });
        Process process = builder.start();
        try {
            DeployedService.eventually(Duration.ofMinutes(4), () -> {
                String text = logOf(log);
                if (text.contains(" ready in ") && !text.contains(expected)) {
                    throw new AssertionError("Payara started without refusing: see " + log);
                }
                return text.contains(expected);
            });
            String text = logOf(log);
            assertTrue(!text.contains("Signing tokens with"), "nothing ran after the refusal");
            return text;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String logOf(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

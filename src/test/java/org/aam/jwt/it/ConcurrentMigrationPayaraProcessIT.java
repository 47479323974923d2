package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances started at the same moment on one empty database: exactly one applies the migrations (Flyway's
 * lock in the database), the other waits and starts on the migrated schema; both then serve.
 */
@Tag("payara-process")
@Tag("shared-database")
class ConcurrentMigrationPayaraProcessIT {

    @Test
    void twoInstancesStartingTogetherMigrateOnce() throws Exception {
        FixtureDatabase database = new FixtureDatabase("concurrent", Path.of("target", "it-data", "concurrent"))
                .recreate();
        List<Path> logs = List.of(Path.of("target", "payara-process", "concurrent-1.log"),
                Path.of("target", "payara-process", "concurrent-2.log"));
        for (Path log : logs) {
            Files.deleteIfExists(log);
        }
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<Future<PayaraProcess>> starts = new ArrayList<>();
        for (int instance = 1; instance <= 2; instance++) {
            String name = "concurrent-" + instance;
            starts.add(starter.submit(() -> PayaraProcess.start(name, database.environment())));
        }
        List<PayaraProcess> instances = new ArrayList<>();
        try {
            for (Future<PayaraProcess> start : starts) {
                instances.add(start.get());
            }
            for (PayaraProcess instance : instances) {
                String admin = instance.api().adminToken();
                assertEquals(200, instance.api().bearer(admin).get("aam/v2/service/jwt").status());
            }
        } finally {
            starter.shutdown();
            for (PayaraProcess instance : instances) {
                instance.close();
            }
        }

        List<String> versions = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version FROM aam_schema_history"
                        + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertEquals(versions.stream().distinct().toList(), versions, "each migration applied once");
        assertEquals("1", versions.get(0));
        long migrated = 0;
        long found = 0;
        for (Path log : logs) {
            String text = Files.readString(log);
            migrated += text.contains("schema from version none to " + versions.get(versions.size() - 1)) ? 1 : 0;
            found += text.contains("schema is at version " + versions.get(versions.size() - 1)) ? 1 : 0;
        }
        assertEquals(1, migrated, "one instance migrated");
        assertEquals(1, found, "the other found the schema migrated");
        assertTrue(versions.size() > 1, versions::toString);
        database.drop();
    }
}

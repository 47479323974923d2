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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances started at the same moment on one empty database: each migration is applied once (Flyway's lock in
 * the database), each instance starts on the migrated schema, and both then serve.
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
        // Where DDL is transactional Flyway holds its lock for the whole run and one instance does it all; elsewhere
        // (MariaDB, H2) it takes the lock migration by migration, so the two may share the work. Either way every
        // migration runs once, and each instance ends on the newest version.
        String newest = versions.get(versions.size() - 1);
        Pattern outcome = Pattern.compile("schema (?:from version \\S+ to " + Pattern.quote(newest)
                + " \\((\\d+) migrations\\)|is at version " + Pattern.quote(newest) + ")");
        int executed = 0;
        for (Path log : logs) {
            Matcher line = outcome.matcher(Files.readString(log));
            assertTrue(line.find(), log + " tells the schema's version");
            executed += line.group(1) == null ? 0 : Integer.parseInt(line.group(1));
        }
        assertEquals(versions.size(), executed, "the migrations the instances ran, together");
        assertTrue(versions.size() > 1, versions::toString);
        database.drop();
    }
}

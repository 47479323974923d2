package org.aam.jwt.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on H2: an empty database, one of version 1 made before migrations, a newer one, a failing one. */
class MigrationsTest {

    private static final Path V1_FIXTURE = Path.of("src/test/resources/upgrade/v1/h2.sql");

    private final JdbcDataSource database = new JdbcDataSource();

    MigrationsTest() {
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> history() throws SQLException {
        return query("SELECT \"version\" || ':' || \"success\" FROM \"" + Migrations.HISTORY_TABLE
                + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
    }

    private boolean usernameKeyExists() throws SQLException {
        return !query("SELECT column_name FROM information_schema.columns WHERE table_name = 'AAM_USERS'"
                + " AND column_name = 'USERNAME_KEY'").isEmpty();
    }

    @Test
    void anEmptyDatabaseGetsEveryMigration() throws SQLException {
        MigrationVersion version = new Migrations(database).migrate();

        assertEquals(Migrations.latestKnown(), version);
        assertEquals(MigrationFiles.ALL.size(), history().size());
        assertTrue(history().stream().allMatch(row -> row.endsWith(":TRUE")), history().toString());
        assertEquals(List.of("0"), query("SELECT next_value FROM aam_ids WHERE name = 'user'"));
    }

    @Test
    void migratingAgainChangesNothing() throws SQLException {
        new Migrations(database).migrate();
        List<String> before = history();

        assertEquals(Migrations.latestKnown(), new Migrations(database).migrate());
        assertEquals(before, history());
    }

    @Test
    void aDatabaseMadeBeforeMigrationsIsTakenAsVersion1AndKeepsItsRows() throws SQLException {
        execute("RUNSCRIPT FROM '" + V1_FIXTURE.toAbsolutePath() + "'");
        List<String> tokensBefore = query("SELECT id || compact FROM aam_tokens ORDER BY id");
        List<String> usersBefore = query("SELECT username || password_hash FROM aam_users ORDER BY id");
        assertFalse(tokensBefore.isEmpty());

        assertEquals(Migrations.latestKnown(), new Migrations(database).migrate());

        assertEquals("1:TRUE", history().get(0));
        assertEquals(MigrationFiles.ALL.size(), history().size());
        assertEquals(tokensBefore, query("SELECT id || compact FROM aam_tokens ORDER BY id"));
        assertEquals(usersBefore, query("SELECT username || password_hash FROM aam_users ORDER BY id"));
        assertTrue(usernameKeyExists());
    }

    @Test
    void aDatabaseOfALaterVersionIsRefusedNamingBothVersions() throws SQLException {
        new Migrations(database).migrate();
        execute("INSERT INTO \"" + Migrations.HISTORY_TABLE + "\" (\"installed_rank\", \"version\", \"description\","
                + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'from a newer service', 'SQL', 'V99__later.sql', 0, 'test', 1, TRUE)");
        List<String> before = history();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new Migrations(database).migrate());

        assertTrue(refused.getMessage().contains("version 99"), refused.getMessage());
        assertTrue(refused.getMessage().contains("(" + Migrations.latestKnown() + ")"), refused.getMessage());
        assertEquals(before, history());
    }

    @Test
    void aMigrationThatFailsStopsThisStartAndTheNextAndSaysWhy() throws SQLException {
        execute("RUNSCRIPT FROM '" + V1_FIXTURE.toAbsolutePath() + "'");
        // Two users whose names differ only in case: version 3 cannot make usernames unique regardless of case.
        execute("INSERT INTO aam_users (id, username, password_hash, status, tokens_valid_from)"
                + " VALUES (99, 'JANE', 'x', 'ACTIVE', 0)");

        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> new Migrations(database).migrate());

        assertTrue(failed.getMessage().contains("could not be migrated to version " + Migrations.latestKnown()),
                failed.getMessage());
        assertTrue(failed.getMessage().contains("AAM_USERS_USERNAME_KEY"), failed.getMessage());
        // H2 commits DDL statement by statement: the failure is recorded, and every later start refuses too.
        assertEquals(List.of("1:TRUE", "2:TRUE", "3:FALSE"), history());
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> new Migrations(database).migrate());
        assertTrue(again.getMessage().contains("failed migration to version 3"), again.getMessage());
    }
}

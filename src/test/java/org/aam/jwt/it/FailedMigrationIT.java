package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aam.jwt.schema.control.Migrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A migration that fails on a database server (a version-1 database where a table made by hand stands in the way of
 * version 6): PostgreSQL rolls the whole run back, so the database stays at version 1 as it was; MariaDB commits DDL
 * statement by statement, so versions 2 to 5 stay and the history records the failed version. Either way the start
 * stops, and so does the next one. (H2: MigrationsTest.)
 */
@Tag("shared-database")
class FailedMigrationIT {

    @Test
    void aFailedMigrationStopsTheStartAndLeavesWhatTheDatabaseAllows() throws Exception {
        FixtureDatabase database = new FixtureDatabase("failed_migration", Path.of("target", "it-data",
                "failed-migration")).recreate();
        try {
            database.load(Path.of("src/test/resources/upgrade/v1", database.kind + ".sql"));
            // A table someone made by hand where version 6 makes its own: the last migration fails.
            database.execute("CREATE TABLE aam_refreshed_tokens (id VARCHAR(10))");
            DataSource dataSource = dataSource(database);

            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> new Migrations(dataSource).migrate());
            assertTrue(failed.getMessage().contains("could not be migrated"), failed.getMessage());

            if (database.kind.equals("postgresql")) {
                assertTrue(failed.getMessage().contains("left as it was"), failed.getMessage());
                assertEquals(List.of("1:t"), history(database));
                // What versions 2 to 5 did before 6 failed is gone with it.
                assertEquals(List.of(), query(database, "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = 'aam_users' AND column_name IN ('username_key', 'failed_logins')"));
                assertEquals(List.of(), query(database, "SELECT conname FROM pg_constraint"
                        + " WHERE conname = 'aam_tokens_owner'"));
            } else {
                assertTrue(failed.getMessage().contains("restore the backup"), failed.getMessage());
                assertEquals(List.of("1:1", "2:1", "3:1", "4:1", "5:1", "6:0"), history(database));
            }
            IllegalStateException again = assertThrows(IllegalStateException.class,
                    () -> new Migrations(dataSource).migrate());
            assertTrue(again.getMessage().contains("could not be migrated"), again.getMessage());
        } finally {
            database.drop();
        }
    }

    private static DataSource dataSource(FixtureDatabase database) throws SQLException {
        String user = database.environment().get("AAM_DATASOURCE_USER");
        if (database.kind.equals("postgresql")) {
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setUrl(database.jdbcUrl());
            postgresql.setUser(user);
            return postgresql;
        }
        MariaDbDataSource mariadb = new MariaDbDataSource(database.jdbcUrl());
        mariadb.setUser(user);
        return mariadb;
    }

    private static List<String> history(FixtureDatabase database) throws SQLException {
        return query(database, "SELECT version, success FROM aam_schema_history WHERE version IS NOT NULL"
                + " ORDER BY installed_rank");
    }

    private static List<String> query(FixtureDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getMetaData().getColumnCount() == 1 ? result.getString(1)
                        : result.getString(1) + ":" + result.getString(2));
            }
        }
        return rows;
    }
}

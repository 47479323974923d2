package org.aam.jwt.schema.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema of this version with Flyway, and refuses one it does not know.
 * <ul>
 * <li>An empty database gets every migration from version 1.</li>
 * <li>A database made before migrations existed (by the persistence provider's schema generation, EclipseLink or
 * Hibernate) has tables but no history: it is taken as version 1 and gets the migrations after it.</li>
 * <li>A database of a later version (a newer WAR migrated it) is refused: running on a schema it does not know
 * could damage it.</li>
 * </ul>
 * Instances starting together wait on Flyway's lock in the database, so each migration runs once: held for the
 * whole run where DDL is transactional (one instance migrates, the others find nothing to do), migration by migration
 * elsewhere (the instances may share the work). A failed run is rolled back whole where the database's DDL is transactional (PostgreSQL). H2 and MariaDB
 * commit each DDL statement: there the statements before the failure stay applied, Flyway records the failed
 * version, and every later start refuses until the backup taken before the upgrade is restored (see
 * config/backup-and-restore.md).
 */
public final class Migrations {

    /** The history table Flyway keeps in the service's schema. */
    public static final String HISTORY_TABLE = "aam_schema_history";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    // Straight to java.util.logging, the servers' own log, rather than whatever logging library the WAR bundles.
    private static final String JAVA_UTIL_LOGGING = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    // Flyway tells at INFO what it is about to do, twice a start; this class logs the outcome in one line. A level
    // set in the server's logging configuration is kept.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(Level.WARNING);
        }
    }

    private final DataSource dataSource;
    private final Database database;
    private final Flyway flyway;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
        this.database = databaseOf(dataSource);
        ClassLoader loader = Migrations.class.getClassLoader();
        this.flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .loggers(JAVA_UTIL_LOGGING)
                .table(HISTORY_TABLE)
                .resourceProvider(new MigrationFiles(database, loader))
                .javaMigrationClassProvider(List::of)
                .skipDefaultCallbacks(true)
                // Not baselineOnMigrate: Flyway decides it between two reads, and an instance starting beside one
                // that has just created the history table would baseline over it. See baselineOldSchema.
                .baselineVersion("1")
                .baselineDescription("schema generated before versioned migrations")
                // All pending migrations in one transaction where the DDL allows it: a failure leaves the version.
                .group(database.hasTransactionalDdl())
                .load();
    }

    private static Database databaseOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return Database.of(connection.getMetaData());
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema: " + failure.getMessage(),
                    failure);
        }
    }

    public Database database() {
        return database;
    }

    /** The newest version this WAR knows. */
    public static MigrationVersion latestKnown() {
        String newest = MigrationFiles.ALL.get(MigrationFiles.ALL.size() - 1);
        return MigrationVersion.fromVersion(newest.substring(1, newest.indexOf("__")));
    }

    /** The database's version, empty for a database without history (empty, or made before migrations). */
    public Optional<MigrationVersion> currentVersion() {
        MigrationInfo current = flyway.info().current();
        return Optional.ofNullable(current).map(MigrationInfo::getVersion);
    }

    /**
     * @return the version the database is at now
     * @throws IllegalStateException the database is of a version this WAR does not know, or a migration failed
     */
    public MigrationVersion migrate() {
        refuseUnknownVersion();
        MigrateResult result;
        try {
            baselineOldSchema();
            result = flyway.migrate();
        } catch (FlywayException failure) {
            throw new IllegalStateException("The database schema could not be migrated to version " + latestKnown()
                    + (database.hasTransactionalDdl()
                            ? " and was left as it was: "
                            : "; " + database + " commits DDL statement by statement, so it may be left between"
                                    + " two versions: restore the backup taken before the upgrade"
                                    + " (config/backup-and-restore.md). ")
                    + failure.getMessage(), failure);
        }
        refuseUnknownVersion();
        MigrationVersion now = currentVersion().orElseThrow();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated the " + database + " schema from version "
                    + Optional.ofNullable(result.initialSchemaVersion).orElse("none") + " to " + now
                    + " (" + result.migrationsExecuted + " migrations)");
        } else {
            LOG.info("The " + database + " schema is at version " + now);
        }
        return now;
    }

    /**
     * Takes a schema made before migrations (our tables, no history) as version 1. The tables are looked for before
     * the history: a migrating instance creates its history table before any other, so tables seen here without a
     * history afterwards were not made by another instance starting now.
     */
    private void baselineOldSchema() {
        boolean hasTablesBesideHistory = tables().stream().anyMatch(table -> !table.equals(HISTORY_TABLE));
        if (!hasTablesBesideHistory || tables().contains(HISTORY_TABLE)) {
            return;
        }
        try {
            flyway.baseline();
        } catch (FlywayException failure) {
            // Another instance of the same upgrade baselined first; its history is as good as ours.
            if (currentVersion().isEmpty()) {
                throw failure;
            }
        }
    }

    /** The names, in lower case, of the tables in the schema Flyway migrates (the connection's own). */
    private Set<String> tables() {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                        "%", new String[] {"TABLE"})) {
            Set<String> names = new HashSet<>();
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException failure) {
            throw new FlywayException("Cannot list the tables of the schema: " + failure.getMessage(), failure);
        }
    }

    private void refuseUnknownVersion() {
        currentVersion().filter(version -> version.isNewerThan(latestKnown())).ifPresent(version -> {
            throw new IllegalStateException("The database schema is at version " + version
                    + ", newer than this version of the service knows (" + latestKnown() + "): a newer version"
                    + " of the service has upgraded it. Run that version (or newer), or restore a backup taken"
                    + " before the upgrade. Nothing was changed.");
        });
    }
}

package org.aam.jwt.schema.control;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the migrations are written for; any other is refused rather than migrated by guesswork. */
public enum Database {
    H2("h2", false), POSTGRESQL("postgresql", true), MARIADB("mariadb", false);

    private final String folder;
    private final boolean transactionalDdl;

    Database(String folder, boolean transactionalDdl) {
        this.folder = folder;
        this.transactionalDdl = transactionalDdl;
    }

    String folder() {
        return folder;
    }

    /**
     * Whether a failed migration is rolled back whole. H2 and MariaDB commit each DDL statement at once: there a
     * failure leaves the statements before it applied, and Flyway records the failed version.
     */
    public boolean hasTransactionalDdl() {
        return transactionalDdl;
    }

    public static Database of(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = metaData.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return MARIADB;
        }
        throw new IllegalStateException("The schema's migrations are written for H2, PostgreSQL and MariaDB, not for "
                + metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion());
    }
}

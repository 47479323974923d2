package org.aam.jwt.schema.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import javax.sql.DataSource;
import org.aam.jwt.schema.control.Migrations;
import org.aam.jwt.schema.control.SealedTokens;

/**
 * Migrates the schema when the application starts, before any other start-up work touches the database: the other
 * start-up observers (the signing key's registration, the first administrator) run at the default priority, after
 * this one. Any failure stops the deployment with its reason, rather than serving from a schema this version does
 * not know or tokens it cannot read.
 */
@ApplicationScoped
public class SchemaMigration {

    @Resource(lookup = "java:app/jdbc/aam")
    DataSource database;

    void migrateAtStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
            @Initialized(ApplicationScoped.class) Object started) {
        new Migrations(database).migrate();
        SealedTokens.requireOpenable(database);
    }
}

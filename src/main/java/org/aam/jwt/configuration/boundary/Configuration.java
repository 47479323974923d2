package org.aam.jwt.configuration.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.aam.jwt.configuration.control.ConfiguredDataSource;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.Settings;

/**
 * Produces the configuration for injection, read once at start-up, and defines the service's data source
 * ({@code java:app/jdbc/aam}, which persistence.xml uses) over {@link org.aam.jwt.configuration.control.ConfiguredDataSource}.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/aam",
        className = "org.aam.jwt.configuration.control.ConfiguredDataSource",
        // The embedded database's file in the data folder; aam.datasource.url replaces it.
        databaseName = ConfiguredDataSource.EMBEDDED_DATABASE,
        minPoolSize = 1,
        maxPoolSize = 32)
public class Configuration {

    @Produces
    @Singleton
    Settings settings() {
        return Settings.fromEnvironment();
    }

    @Produces
    @Singleton
    DataFolder dataFolder(Settings settings) {
        return DataFolder.of(settings);
    }

    /** Static: the application context is gone by the time it is told so, the classes are not. */
    static void closeEmbeddedDatabase(@Observes @Destroyed(ApplicationScoped.class) Object stopped) {
        ConfiguredDataSource.closeEmbedded();
    }
}

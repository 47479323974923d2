package org.aam.jwt.configuration.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The database, as the configuration names it. The WAR's {@code @DataSourceDefinition} names this class, so the
 * container pools its connections and enlists them in transactions, while the URL comes from configuration, which
 * a data source annotation cannot read: {@code aam.datasource.url} when given, else the embedded H2 database of the
 * definition's {@code databaseName} in the data folder. H2 is told to write each commit at once
 * ({@code WRITE_DELAY=0}), so that a 200 survives a crash, and to leave closing to {@link #closeEmbedded()}
 * ({@code DB_CLOSE_ON_EXIT=FALSE}): its own JVM shutdown hook runs after the server has discarded the application's
 * class loader, and fails there ("web container has not yet been started" in {@code aam.trace.db}).
 */
public class ConfiguredDataSource implements DataSource {

    /** The name of the embedded database file, unless the definition gives another. */
    public static final String EMBEDDED_DATABASE = "aam";
    private static final String EMBEDDED_SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
    /** The embedded databases this application opened, to close when it stops. */
    private static final Set<JdbcDataSource> EMBEDDED_OPENED = ConcurrentHashMap.newKeySet();

    /**
     * Set when the application stops: a task still running then (an audit drain, a directory round) must not open a
     * connection, which would reopen the embedded file after {@link #closeEmbedded()} and keep it locked against the
     * next deployment of the application in the same server.
     */
    private static volatile boolean stopped;

    private volatile String databaseName = EMBEDDED_DATABASE;
    private volatile DataSource delegate;

    /**
     * The container sets the definition's {@code databaseName}. (A URL in the definition would not do: servers
     * expand {@code ${...}} in it, and WildFly reads its {@code ;}-separated parts as bean properties.)
     */
    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(Settings.fromEnvironment(), databaseName);
                    // Only the embedded default: a configured H2 URL may name a database server.
                    if (delegate instanceof JdbcDataSource h2 && h2.getURL().endsWith(EMBEDDED_SETTINGS)) {
                        EMBEDDED_OPENED.add(h2);
                    }
                }
                current = delegate;
            }
        }
        return current;
    }

    static DataSource create(Settings settings, String embeddedDatabase) {
        String user = settings.find(Setting.DATASOURCE_USER).orElse("");
        String password = settings.find(Setting.DATASOURCE_PASSWORD).orElse("");
        String url = settings.find(Setting.DATASOURCE_URL).orElseGet(() -> "jdbc:h2:file:"
                + DataFolder.of(settings).create().resolve(embeddedDatabase) + EMBEDDED_SETTINGS);
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        return new DriverDataSource(url, user, password);
    }

    /**
     * Closes the embedded database, if this application opened one; for the application's stop, while its classes
     * can still be loaded. The pool's connections are closed with it.
     */
    public static void closeEmbedded() {
        stopped = true;
        for (JdbcDataSource h2 : EMBEDDED_OPENED) {
            try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException failure) {
                LOG.log(Level.WARNING, "Could not close the embedded database " + h2.getURL(), failure);
            }
        }
        EMBEDDED_OPENED.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return open().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return open().getConnection(username, password);
    }

    private DataSource open() throws SQLException {
        if (stopped) {
            throw new SQLException("The application has stopped: its database is closed");
        }
        return delegate();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }

    /**
     * Any other JDBC URL. The driver is found with the WAR's own class loader (the bundled PostgreSQL and MariaDB
     * drivers, or one in the server's library folder) and called directly: DriverManager would only see drivers
     * of the server's class path.
     */
    private record DriverDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return getConnection(user, password);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            Properties credentials = new Properties();
            credentials.setProperty("user", username);
            credentials.setProperty("password", password);
            for (Driver driver : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
                if (driver.acceptsURL(url)) {
                    return driver.connect(url, credentials);
                }
            }
            throw new SQLException("No JDBC driver for " + url.replaceFirst("\\?.*", "")
                    + ": put the driver jar in the server's library folder");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger(ConfiguredDataSource.class.getPackageName());
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper of " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

        @Override
        public String toString() {
            return "DriverDataSource[" + url.replaceFirst("\\?.*", "") + "]";
        }
    }
}

package org.aam.jwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A database of its own for a test, of the kind the build's database pass names ({@code it.db}: postgresql or
 * mariadb, on the server of {@code AAM_DATASOURCE_URL}; else an embedded H2 file in the test's data folder), and the
 * environment that points a service at it. Never the pass's own database: this one is named after the test.
 */
final class FixtureDatabase {

    final String kind;
    final String name;
    final Path dataFolder;
    private final String host;
    private final int port;
    private final String user;

    FixtureDatabase(String name, Path dataFolder) {
        String url = System.getenv("AAM_DATASOURCE_URL");
        // The pass's database server, as the build gives it to the service: jdbc:postgresql:... or jdbc:mariadb:...
        this.kind = url == null ? "h2" : url.split(":")[1];
        this.dataFolder = dataFolder.toAbsolutePath();
        if (kind.equals("h2")) {
            // The service's embedded database in the data folder (ConfiguredDataSource.EMBEDDED_DATABASE).
            this.name = "aam";
            this.host = null;
            this.port = 0;
        } else {
            URI server = URI.create(url.substring("jdbc:".length()));
            // Named after the pass's database, so that concurrent passes on one server never meet.
            this.name = server.getPath().substring(1) + "_" + name;
            this.host = server.getHost();
            this.port = server.getPort() > 0 ? server.getPort() : kind.equals("mariadb") ? 3306 : 5432;
        }
        // The server's local administrator, who may create and drop databases (the pass's own user may not).
        this.user = kind.equals("h2") ? "" : kind.equals("mariadb") ? "root" : "postgres";
    }

    /** Drops and creates the database, and empties the data folder. */
    FixtureDatabase recreate() {
        deleteDataFolder();
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        switch (kind) {
            case "postgresql" -> run(List.of("psql", "--host=" + host, "--port=" + port, "--username=" + user,
                    "--set=ON_ERROR_STOP=1", "--quiet", "--dbname=postgres",
                    "--command=DROP DATABASE IF EXISTS " + name + " WITH (FORCE)",
                    "--command=CREATE DATABASE " + name), null);
            case "mariadb" -> run(List.of("mariadb", "--host=" + host, "--port=" + port, "--user=" + user,
                    "--execute=DROP DATABASE IF EXISTS " + name + "; CREATE DATABASE " + name), null);
            default -> { }
        }
        return this;
    }

    void drop() {
        switch (kind) {
            case "postgresql" -> run(List.of("psql", "--host=" + host, "--port=" + port, "--username=" + user,
                    "--quiet", "--dbname=postgres", "--command=DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"),
                    null);
            case "mariadb" -> run(List.of("mariadb", "--host=" + host, "--port=" + port, "--user=" + user,
                    "--execute=DROP DATABASE IF EXISTS " + name), null);
            default -> { }
        }
    }

    /** Runs a script of this kind of database (pg_dump's, mariadb-dump's, H2's SCRIPT) into it. */
    void load(Path script) {
        switch (kind) {
            case "postgresql" -> run(List.of("psql", "--host=" + host, "--port=" + port, "--username=" + user,
                    "--set=ON_ERROR_STOP=1", "--quiet", "--dbname=" + name, "--file=" + script.toAbsolutePath()),
                    null);
            case "mariadb" -> run(List.of("mariadb", "--host=" + host, "--port=" + port, "--user=" + user, name),
                    script);
            default -> execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
        }
    }

    /** One SQL statement, for what a test does behind the service's back. */
    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, "");
    }

    String jdbcUrl() {
        return switch (kind) {
            case "postgresql" -> "jdbc:postgresql://" + host + ":" + port + "/" + name;
            case "mariadb" -> "jdbc:mariadb://" + host + ":" + port + "/" + name;
            default -> "jdbc:h2:file:" + dataFolder.resolve(name);
        };
    }

    /** The environment of a service on this database and data folder (the embedded H2 one is "aam" there). */
    Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("AAM_DATA_DIR", dataFolder.toString());
        if (kind.equals("h2")) {
            environment.put("AAM_DATASOURCE_URL", null);
            environment.put("AAM_DATASOURCE_USER", null);
        } else {
            environment.put("AAM_DATASOURCE_URL", jdbcUrl());
            environment.put("AAM_DATASOURCE_USER", user);
        }
        environment.put("AAM_DATASOURCE_PASSWORD", null);
        return environment;
    }

    void deleteDataFolder() {
        if (!Files.exists(dataFolder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataFolder)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path file : all) {
                Files.delete(file);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static void run(List<String> command, Path input) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (input != null) {
                builder.redirectInput(input.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

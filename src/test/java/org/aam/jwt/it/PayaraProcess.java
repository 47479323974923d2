package org.aam.jwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro process started by a test itself, for what Arquillian's one-process-per-class cannot show: a
 * process killed hard and restarted, two instances side by side. The WAR is the one {@code mvn package} built; the
 * service's settings come from the environment (the test JVM's, which failsafe sets, plus the given ones).
 */
final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final Api api;

    private PayaraProcess(Process process, Api api) {
        this.process = process;
        this.api = api;
    }

    /** Starts the service's WAR at the root context on a free port and waits until it answers. */
    static PayaraProcess start(String name, Map<String, String> environment) {
        return start(name, Path.of(System.getProperty("aam.war", "target/aam-jwt.war")), "aam/v2/service/jwt",
                environment);
    }

    /**
     * Starts a WAR at the root context on a free port and waits until {@code readinessPath} answers 401 (it needs a
     * caller: the application is deployed and its security is in place).
     *
     * @param environment added to the test JVM's; a null value removes a variable
     */
    static PayaraProcess start(String name, Path war, String readinessPath, Map<String, String> environment) {
        int port = freePort();
        Path log = Path.of("target", "payara-process", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-jar", System.getProperty("payara.micro.jar"),
                    "--deploy", war.toString(),
                    "--contextroot", "/", "--port", String.valueOf(port),
                    // Without clustering: nothing the instances agree on may travel but through the database.
                    "--nocluster"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            environment.forEach((variable, value) -> {
                if (value == null) {
                    builder.environment().remove(variable);
                } else {
                    builder.environment().put(variable, value);
                }
            });
            PayaraProcess started = new PayaraProcess(builder.start(), new Api("http://localhost:" + port + "/"));
            try {
                started.awaitReady(readinessPath, Duration.ofMinutes(4), log);
            } catch (AssertionError | RuntimeException notReady) {
                // Not handed to the test, so no one else would stop it.
                started.process.destroyForcibly();
                throw notReady;
            }
            return started;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Settings for a server with a database and keys of its own, whatever the pass: the embedded H2 in a new data
     * folder {@code target/it-data/<name>}.
     *
     * @return a mutable map, for the test to add its own settings
     */
    static Map<String, String> ownEmbeddedDatabase(String name) {
        Path data = Path.of("target", "it-data", name).toAbsolutePath();
        try {
            if (Files.exists(data)) {
                try (Stream<Path> old = Files.walk(data)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(data);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("AAM_DATA_DIR", data.toString());
        environment.put("AAM_DATASOURCE_URL", null);
        environment.put("AAM_DATASOURCE_USER", null);
        environment.put("AAM_DATASOURCE_PASSWORD", null);
        return environment;
    }

    Api api() {
        return api;
    }

    /** SIGKILL: no shutdown hook, no flush, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady(String readinessPath, Duration timeout, Path log) {
        DeployedService.eventually(timeout, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                // Unchecked: until the WAR is deployed, the server answers with its own pages.
                return api.outsideTheDocument().get(readinessPath).status() == 401;
            } catch (UncheckedIOException notYetListening) {
                return false;
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

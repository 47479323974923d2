package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR built by {@code mvn package}, deployed unchanged on a managed Payara Micro, and helpers to set up users
 * and tokens through the API itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedService {

    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-password");
    protected static final String JWT = "aam/v2/service/jwt";

    private static final Map<String, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("aam.war", "target/aam-jwt.war")));
    }

    /** The service, reached on loopback (Payara reports the host's outward address). */
    protected Api api() {
        String url = deployment.toString().replaceFirst("//[^:/]+", "//localhost");
        return new Api(url.endsWith("/") ? url : url + "/");
    }

    /**
     * The administrator, with one token per test class (logging in runs a deliberately slow password hash): not one
     * per server, as a class may retire the key that signed it (KeysIT) while the server lives on (WildFly).
     */
    protected Api admin() {
        return api().bearer(ADMIN_TOKENS.computeIfAbsent(getClass().getName() + " " + deployment,
                key -> tokenOf(ADMIN, ADMIN_PASSWORD)));
    }

    /** A fresh token from /authenticate. */
    protected String tokenOf(String username, String password) {
        return api().tokenOf(username, password);
    }

    /** /authenticate without asking for a token. */
    protected HttpAnswer logIn(String username, String password) {
        return api().postJson("aam/v2/authenticate",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    protected HttpAnswer validate(String token) {
        return api().postJson("aam/v2/jwt/validate", "{\"jwt\":\"" + token + "\"}");
    }

    /** A new user with a unique name; the password is {@code password-<username>}. */
    protected JsonObject newUser(String prefix, String rolesJson, String capabilitiesJson) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpAnswer created = admin().postJson("aam/v2/users", "{\"username\":\"" + username
                + "\",\"password\":\"password-" + username + "\",\"roles\":" + rolesJson
                + ",\"capabilities\":" + capabilitiesJson + "}");
        assertEquals(200, created.status(), created::toString);
        return created.json();
    }

    protected static String passwordOf(JsonObject user) {
        return "password-" + user.getString("username");
    }

    /** A token object created by the caller, for the user named in the body (or the caller). */
    protected static JsonObject created(Api caller, String body) {
        HttpAnswer answer = caller.postJson(JWT, body);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    protected static void assertError(HttpAnswer answer, int status, String code) {
        assertEquals(status, answer.status(), answer::toString);
        JsonObject error = answer.json();
        assertEquals(code, error.getString("code"), answer::toString);
        assertEquals(status, error.getJsonObject("data").getInt("status"), answer::toString);
        assertFalse(error.getString("message").isBlank());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "no stack trace");
    }

    /**
     * Fails password attempts for the user, each once the account checks attempts again, until it has failed
     * eight times: it then refuses attempts for eight seconds (1 s at the fifth failure, doubling with each).
     */
    protected void failLoginsUntilTheEighth(String username, int failedAlready) {
        for (int failure = failedAlready + 1; failure <= 8; failure++) {
            String wrong = "wrong-" + failure;
            eventually(Duration.ofSeconds(30), () -> logIn(username, wrong).status() == 401);
        }
    }

    /** Polls until the condition holds (for what takes real time, such as expiry), failing after the timeout. */
    protected static void eventually(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }

    /** Sends the request from {@code count} threads at once (released together), and returns every answer. */
    protected static List<HttpAnswer> concurrently(int count, Callable<HttpAnswer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpAnswer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpAnswer> answers = new ArrayList<>();
            for (Future<HttpAnswer> answer : futures) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

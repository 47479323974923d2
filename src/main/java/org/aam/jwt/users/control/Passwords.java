package org.aam.jwt.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.rest.entity.WpError;

/**
 * Salted, deliberately slow password hashes (PBKDF2 with HMAC-SHA256). The stored form names its own algorithm
 * and iteration count, so raising {@code aam.password.hash_iterations} later keeps old hashes verifiable.
 *
 * <p>Each check costs a core for a tenth of a second or more, and anyone can ask for one (a login, a Basic header),
 * so at most {@code aam.password.max_concurrent_hashes} checks run at once; a request that cannot start one within
 * {@link #WAIT} is answered 503 rather than queued without limit, and the server keeps answering everything else.
 * Hashing a new password is not bounded: only an administrator (or the user, changing it) asks for that.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Settings settings;

    /** About a few hashes' time: a burst of logins waits its turn, a flood is turned away. */
    static final Duration WAIT = Duration.ofSeconds(1);

    private String decoy;
    private Semaphore hashing;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.integer(Setting.PASSWORD_HASH_ITERATIONS, 1000)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy password for unknown users".toCharArray());
        boolean configured = !settings.get(Setting.PASSWORD_MAX_CONCURRENT_HASHES).isBlank();
        hashing = new Semaphore(configured ? settings.integer(Setting.PASSWORD_MAX_CONCURRENT_HASHES, 1)
                : Runtime.getRuntime().availableProcessors());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** @throws WpError 503 when too many checks run already */
    public boolean matches(String password, String storedHash) {
        return bounded(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /**
     * Spends the time of one verification, so that an unknown username answers as slowly as a wrong password.
     *
     * @throws WpError 503 when too many checks run already
     */
    public void verifyAgainstDecoy(String password) {
        bounded(() -> hash.verify(password.toCharArray(), decoy));
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            if (!hashing.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw saturated();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw saturated();
        }
        try {
            return work.get();
        } finally {
            hashing.release();
        }
    }

    private static WpError saturated() {
        return WpError.unavailable("Too many password checks are running; try again in a moment.", 1);
    }
}

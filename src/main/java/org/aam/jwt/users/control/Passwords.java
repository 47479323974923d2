package org.aam.jwt.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * Salted, deliberately slow password hashes (PBKDF2 with HMAC-SHA256). The stored form names its own algorithm
 * and iteration count, so raising {@code aam.password.hash_iterations} later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Settings settings;

    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.integer(Setting.PASSWORD_HASH_ITERATIONS, 1000)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy password for unknown users".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, so that an unknown username answers as slowly as a wrong password. */
    public void verifyAgainstDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}

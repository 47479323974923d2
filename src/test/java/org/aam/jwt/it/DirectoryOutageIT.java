package org.aam.jwt.it;

import static org.aam.jwt.it.TestDirectory.directoryPassword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The directory stops answering: directory users keep their last known state (their tokens work, nobody removed gets
 * in), local users are not locked out, and the health check says the directory is degraded until it is back.
 */
class DirectoryOutageIT extends DeployedService {

    private static final Duration SYNC = Duration.ofSeconds(30);

    private String directoryHealth() {
        return api().get("aam/v2/health").json().getString("directory");
    }

    @Test
    void whileTheDirectoryIsDownTheLastKnownStateHolds() {
        String token = tokenOf("olga", directoryPassword("olga"));
        assertEquals("UP", directoryHealth());
        TestDirectory.stop();
        try {
            eventually(SYNC, () -> "DEGRADED".equals(directoryHealth()));
            HttpAnswer health = api().get("aam/v2/health");
            assertEquals(200, health.status(), "the database answers: the instance stays in service");
            assertEquals(200, api().bearer(token).get("aam/v2/users/me").status(), "olga's token still works");
            assertEquals(200, api().bearer(tokenOf(ADMIN, ADMIN_PASSWORD)).get("aam/v2/users/me").status(),
                    "local users log in as ever");
            assertError(logIn("olga", directoryPassword("olga")), 503, "directory_unavailable");
        } finally {
            TestDirectory.resume();
        }
        eventually(SYNC, () -> "UP".equals(directoryHealth()));
        assertEquals(200, logIn("olga", directoryPassword("olga")).status());
        assertEquals(200, api().bearer(token).get("aam/v2/users/me").status());
    }
}

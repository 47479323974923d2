package org.aam.jwt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A flood of password checks cannot take the server's CPU: a Basic header costs a hash only where a caller is
 * needed, and beyond the configured number of hashes at once the answer is a 503 with Retry-After, not a queue;
 * an address that guesses across accounts is stopped by the limit per address.
 */
@Tag("payara-process")
class PasswordFloodPayaraProcessIT {

    private static final int FAILURES_PER_ADDRESS = 2;

    @Test
    void basicHeadersCostNoHashOutsideTheManagementRoutesAndHashingBeyondTheLimitIs503() throws Exception {
        try (PayaraProcess server = PayaraProcess.start("password-flood", environment())) {
            Api flood = server.api().basic("nobody", "guess");
            for (String free : List.of("aam/v2/health", "console/console.css", ".well-known/jwks.json")) {
                List<HttpAnswer> answers = DeployedService.concurrently(16, () -> flood.get(free));
                assertTrue(answers.stream().allMatch(a -> a.status() == 200), free + ": " + answers);
            }

            // One check at a time, each longer than the second a request may wait for its turn.
            List<HttpAnswer> checked = DeployedService.concurrently(4, () -> flood.get("aam/v2/service/jwt"));
            List<HttpAnswer> turnedAway = checked.stream().filter(a -> a.status() == 503).toList();
            assertTrue(!turnedAway.isEmpty() && checked.stream().anyMatch(a -> a.status() == 401), checked::toString);
            for (HttpAnswer answer : turnedAway) {
                assertEquals("rest_unavailable", answer.json().getString("code"));
                assertEquals("1", answer.header("Retry-After").orElseThrow());
            }
            // Guessing across accounts from one address (the flood's failures count too): refused once the address
            // used up its failures of the minute.
            HttpAnswer guess = null;
            for (int account = 0; account < FAILURES_PER_ADDRESS + 1; account++) {
                guess = server.api().postJson("aam/v2/authenticate",
                        "{\"username\":\"account-" + account + "\",\"password\":\"guess\"}");
                if (guess.status() == 429) {
                    break;
                }
                assertEquals(401, guess.status(), guess::toString);
            }
            assertEquals(429, guess.status(), guess::toString);
            assertTrue(guess.json().getString("message").contains("from this address"), guess::toString);
            assertEquals(429, server.api().postJson("aam/v2/authenticate", "{\"username\":\"" + DeployedService.ADMIN
                    + "\",\"password\":\"" + DeployedService.ADMIN_PASSWORD + "\"}").status());
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = PayaraProcess.ownEmbeddedDatabase("password-flood");
        // Local users only: with a directory, unknown names are the directory's to check, which costs no hash here.
        environment.put("AAM_CONFIG", null);
        environment.put("AAM_PASSWORD_MAX_CONCURRENT_HASHES", "1");
        environment.put("AAM_PASSWORD_HASH_ITERATIONS", "3000000");
        environment.put("AAM_LOGIN_MAX_FAILURES_PER_ADDRESS", String.valueOf(FAILURES_PER_ADDRESS));
        return environment;
    }
}

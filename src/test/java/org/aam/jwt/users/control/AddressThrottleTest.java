package org.aam.jwt.users.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static AddressThrottle withLimit(Map<String, String> settings) {
        AddressThrottle throttle = new AddressThrottle();
        throttle.settings = Settings.of(settings, Map.of());
        throttle.configure();
        return throttle;
    }

    @Test
    void offByDefault() {
        AddressThrottle throttle = withLimit(Map.of());
        for (int i = 0; i < 1000; i++) {
            throttle.failed("192.0.2.1", NOW);
        }
        assertDoesNotThrow(() -> throttle.check("192.0.2.1", NOW));
    }

    @Test
    void anAddressThatUsedUpItsFailuresWaitsForTheNextMinuteAndOthersDoNot() {
        AddressThrottle throttle = withLimit(Map.of("aam.login.max_failures_per_address", "3"));
        for (int i = 0; i < 3; i++) {
            throttle.check("192.0.2.1", NOW);
            throttle.failed("192.0.2.1", NOW.plusSeconds(i));
        }
        WpError refused = assertThrows(WpError.class, () -> throttle.check("192.0.2.1", NOW.plusSeconds(20)));
        assertEquals(429, refused.status());
        assertEquals(40, refused.retryAfterSeconds());
        assertDoesNotThrow(() -> throttle.check("192.0.2.2", NOW.plusSeconds(20)));
        assertDoesNotThrow(() -> throttle.check("192.0.2.1", NOW.plus(AddressThrottle.WINDOW)));
    }
}

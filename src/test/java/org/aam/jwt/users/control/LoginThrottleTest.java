package org.aam.jwt.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    @Test
    void theFirstFourFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Optional.empty(), throttle.delayAfter(failures));
        }
    }

    @Test
    void fromTheFifthFailureTheDelayStartsAtOneSecondAndDoubles() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.delayAfter(5));
        assertEquals(Optional.of(Duration.ofSeconds(2)), throttle.delayAfter(6));
        assertEquals(Optional.of(Duration.ofSeconds(512)), throttle.delayAfter(14));
    }

    @Test
    void noDelayOutlastsTheCapHoweverManyFailures() {
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.delayAfter(15));
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.delayAfter(Integer.MAX_VALUE));
    }
}

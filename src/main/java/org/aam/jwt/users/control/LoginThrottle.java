package org.aam.jwt.users.control;

import java.time.Duration;
import java.util.Optional;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * How long an account refuses password attempts after consecutive failures: nothing for the first
 * {@code maxFailures - 1}, then one second, doubling with each further failure up to {@code maxDelay}.
 */
public record LoginThrottle(int maxFailures, Duration maxDelay) {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    public static LoginThrottle of(Settings settings) {
        return new LoginThrottle(settings.integer(Setting.LOGIN_MAX_FAILURES, 1), settings.duration(Setting.LOGIN_MAX_DELAY));
    }

    /** @return how long the account refuses attempts after this many consecutive failures, or empty */
    public Optional<Duration> delayAfter(int failures) {
        if (failures < maxFailures) {
            return Optional.empty();
        }
        // Shifting past 2^30 seconds overflows; every delay that long is the cap anyway.
        int doublings = Math.min(failures - maxFailures, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}

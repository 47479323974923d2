package org.aam.jwt.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.rest.entity.WpError;

/**
 * The limit of failed password attempts per client address and minute ({@code aam.login.max_failures_per_address};
 * off when unset), against one address guessing across many accounts. Counted in this instance's memory: a
 * minute's count is worth no database write, and the count per account already holds across instances.
 */
@ApplicationScoped
public class AddressThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** More addresses than this in one minute: the expired windows are dropped, so memory stays bounded. */
    private static final int PRUNED_ABOVE = 10_000;

    private record Window(long startMillis, int failures) {
    }

    @Inject
    Settings settings;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private OptionalInt limit;

    @PostConstruct
    void configure() {
        boolean set = !settings.get(Setting.LOGIN_MAX_FAILURES_PER_ADDRESS).isBlank();
        limit = set ? OptionalInt.of(settings.integer(Setting.LOGIN_MAX_FAILURES_PER_ADDRESS, 1)) : OptionalInt.empty();
    }

    /** @throws WpError 429 while this address has used up its failures of the minute */
    public void check(String address, Instant now) {
        if (limit.isEmpty()) {
            return;
        }
        Window window = windows.get(address);
        if (window != null && isCurrent(window, now) && window.failures() >= limit.getAsInt()) {
            long left = window.startMillis() + WINDOW.toMillis() - now.toEpochMilli();
            throw WpError.tooManyRequests("Too many failed logins from this address: try again in "
                    + (left + 999) / 1000 + " seconds.", (left + 999) / 1000);
        }
    }

    public void failed(String address, Instant now) {
        if (limit.isEmpty()) {
            return;
        }
        if (windows.size() > PRUNED_ABOVE) {
            windows.values().removeIf(window -> !isCurrent(window, now));
        }
        windows.compute(address, (key, window) -> window == null || !isCurrent(window, now)
                ? new Window(now.toEpochMilli(), 1) : new Window(window.startMillis(), window.failures() + 1));
    }

    private static boolean isCurrent(Window window, Instant now) {
        return now.toEpochMilli() < window.startMillis() + WINDOW.toMillis();
    }
}

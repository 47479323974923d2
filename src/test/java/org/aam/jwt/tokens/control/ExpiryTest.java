package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.rest.entity.WpError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    private static final Instant NOW = Instant.parse("2026-01-31T10:15:30Z");
    private final Expiry expiry = new Expiry("+24 hours", "+1 year");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+2 weeks            | 2026-02-14T10:15:30Z",
            "2 weeks             | 2026-02-14T10:15:30Z",
            "+1 week             | 2026-02-07T10:15:30Z",
            "+1 day 12 hours     | 2026-02-01T22:15:30Z",
            "+1 day +12 hours    | 2026-02-01T22:15:30Z",
            "+2 days -1 hour     | 2026-02-02T09:15:30Z",
            "+90 minutes         | 2026-01-31T11:45:30Z",
            "+90 mins            | 2026-01-31T11:45:30Z",
            "+30 sec             | 2026-01-31T10:16:00Z",
            "+45 seconds         | 2026-01-31T10:16:15Z",
            "+1 fortnight        | 2026-02-14T10:15:30Z",
            "+1 month            | 2026-02-28T10:15:30Z",
            "+1 year             | 2027-01-31T10:15:30Z",
            "+3 HOURS            | 2026-01-31T13:15:30Z",
            "tomorrow            | 2026-02-01T00:00:00Z",
            "next week           | 2026-02-07T10:15:30Z",
            "next month          | 2026-02-28T10:15:30Z",
            "next year           | 2027-01-31T10:15:30Z",
            "P14D                | 2026-02-14T10:15:30Z",
            "PT1H                | 2026-01-31T11:15:30Z",
            "P1DT2H              | 2026-02-01T12:15:30Z",
            "p2w                 | 2026-02-14T10:15:30Z",
            "3600                | 2026-01-31T11:15:30Z",
    })
    void readsRelativeTimesAsStrtotimeDoes(String expression, String expected) {
        assertEquals(Instant.parse(expected), Expiry.relative(expression, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "+2 lightyears", "2 weeks please", "+ weeks", "P", "PT", "P1X", "next decade",
            "+1 day and 2 hours", "--1 day"})
    void refusesWhatIsNotARelativeTime(String expression) {
        assertThrows(RuntimeException.class, () -> Expiry.relative(expression, NOW));
    }

    @Test
    void expiresAtWinsOverExpiresIn() {
        long exp = expiry.resolve(Optional.of("2026-03-01T00:00:00Z"), Optional.of("+1 hour"), NOW);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond(), exp);
    }

    @Test
    void expiresAtKeepsItsOffset() {
        long exp = expiry.resolve(Optional.of("2026-03-01T02:00:00+02:00"), Optional.empty(), NOW);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond(), exp);
    }

    @Test
    void withoutEitherTheDefaultApplies() {
        assertEquals(NOW.plusSeconds(86_400).getEpochSecond(), expiry.resolve(Optional.empty(), Optional.empty(), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31T10:15:30Z", "2020-01-01T00:00:00Z"})
    void anExpiryNotInTheFutureIsABadRequest(String past) {
        WpError error = assertThrows(WpError.class, () -> expiry.resolve(Optional.of(past), Optional.empty(), NOW));
        assertEquals(400, error.status());
    }

    @Test
    void aNegativeRelativeTimeIsABadRequest() {
        WpError error = assertThrows(WpError.class, () -> expiry.resolve(Optional.empty(), Optional.of("-1 day"), NOW));
        assertEquals(400, error.status());
    }

    @Test
    void aLifetimeBeyondTheMaximumIsABadRequest() {
        WpError error = assertThrows(WpError.class,
                () -> expiry.resolve(Optional.empty(), Optional.of("+13 months"), NOW));
        assertEquals(400, error.status());
        assertEquals(NOW.plusSeconds(86_400L * 365).getEpochSecond(),
                expiry.resolve(Optional.empty(), Optional.of("+365 days"), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow at noon", "31/01/2027", "2027-01-31", "+99999999999 years"})
    void unreadableExpiriesAreBadRequestsNotServerErrors(String text) {
        assertEquals(400, assertThrows(WpError.class,
                () -> expiry.resolve(Optional.empty(), Optional.of(text), NOW)).status());
        assertEquals(400, assertThrows(WpError.class,
                () -> expiry.resolve(Optional.of(text), Optional.empty(), NOW)).status());
    }

    @Test
    void aBadConfiguredDefaultIsRefusedAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new Expiry("whenever", "+1 year"));
    }
}

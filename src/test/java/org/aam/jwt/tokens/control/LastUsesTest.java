package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastUsesTest {

    private static final Instant T0 = Instant.parse("2026-12-02T20:00:00Z");
    private final LastUses uses = new LastUses(3);

    @Test
    void aFirstUseIsDueAtTheNextWrite() {
        uses.record("a", T0);
        assertEquals(Map.of("a", T0), uses.due(T0.plusSeconds(1)));
    }

    @Test
    void theLatestOfSeveralUsesIsWrittenNeverAnEarlierOne() {
        uses.record("a", T0.plusSeconds(5));
        uses.record("a", T0.plusSeconds(2));
        assertEquals(Map.of("a", T0.plusSeconds(5)), uses.due(T0.plusSeconds(6)));
    }

    @Test
    void aTokenWrittenIsWrittenAgainOnlyAMinuteLater() {
        uses.record("a", T0);
        uses.written(uses.due(T0.plusSeconds(4)), T0.plusSeconds(4));
        uses.record("a", T0.plusSeconds(10));
        assertEquals(Map.of(), uses.due(T0.plusSeconds(63)));
        assertEquals(Map.of("a", T0.plusSeconds(10)), uses.due(T0.plusSeconds(64)));
    }

    @Test
    void aUseRecordedWhileItsTokenWasBeingWrittenStaysPending() {
        uses.record("a", T0);
        Map<String, Instant> batch = uses.due(T0.plusSeconds(1));
        uses.record("a", T0.plusSeconds(2));
        uses.written(batch, T0.plusSeconds(3));
        assertEquals(Map.of("a", T0.plusSeconds(2)), uses.due(T0.plusSeconds(63)));
    }

    @Test
    void aFailedWriteLosesNothing() {
        uses.record("a", T0);
        uses.due(T0.plusSeconds(1));
        assertEquals(Map.of("a", T0), uses.due(T0.plusSeconds(5)), "not marked written: due again");
    }

    @Test
    void beyondItsCapacityUsesOfFurtherTokensAreDroppedAndCounted() {
        for (String jti : new String[] {"a", "b", "c", "d", "e"}) {
            uses.record(jti, T0);
        }
        uses.record("a", T0.plusSeconds(1));
        assertEquals(3, uses.size());
        assertEquals(2, uses.takeDropped());
        assertEquals(0, uses.takeDropped(), "counted once");
        assertEquals(T0.plusSeconds(1), uses.due(T0.plusSeconds(2)).get("a"), "a token it tracks is still recorded");
    }

    @Test
    void aTokenIdleForAMinuteAfterItsWriteIsForgottenAndMakesRoom() {
        for (String jti : new String[] {"a", "b", "c"}) {
            uses.record(jti, T0);
        }
        uses.written(uses.due(T0), T0);
        uses.written(Map.of(), T0.plusSeconds(59));
        assertEquals(3, uses.size(), "kept within the minute: they are written at most once a minute");
        uses.written(Map.of(), T0.plusSeconds(60));
        assertEquals(0, uses.size());
        uses.record("d", T0.plusSeconds(61));
        assertEquals(Map.of("d", T0.plusSeconds(61)), uses.due(T0.plusSeconds(62)));
    }
}

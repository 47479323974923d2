package org.aam.jwt.tokens.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The uses of tokens not yet written to the database, kept in memory so that authenticating a request costs no
 * write. A token's use is due at the next write when this instance has not written one for it in the last
 * {@link #REWRITE_AFTER minute} (its first use, then at most once a minute); the others wait. What it remembers is
 * bounded: beyond {@code capacity} tokens, a use of a token it does not track already is dropped and counted.
 */
public final class LastUses {

    /** The least time between two writes of one token's last use (by this instance). */
    public static final Duration REWRITE_AFTER = Duration.ofMinutes(1);

    /**
     * @param pending   the latest use not written yet, or null
     * @param writtenAt when this instance last wrote a use of the token, or null
     */
    private record Use(Instant pending, Instant writtenAt) {

        boolean isDue(Instant now) {
            return pending != null && (writtenAt == null || !now.isBefore(writtenAt.plus(REWRITE_AFTER)));
        }

        /** Nothing to write, and the next use would be written at once anyway: nothing left to remember. */
        boolean isIdle(Instant now) {
            return pending == null && !now.isBefore(writtenAt.plus(REWRITE_AFTER));
        }
    }

    private final int capacity;
    private final Map<String, Use> uses = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    public LastUses(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers that the token with this {@code jti} authenticated a request at {@code at}. */
    public void record(String jti, Instant at) {
        uses.compute(jti, (id, known) -> {
            if (known == null) {
                if (uses.size() >= capacity) {
                    dropped.incrementAndGet();
                    return null;
                }
                return new Use(at, null);
            }
            Instant latest = known.pending == null || at.isAfter(known.pending) ? at : known.pending;
            return new Use(latest, known.writtenAt);
        });
    }

    /** The uses to write now, by {@code jti}. */
    public Map<String, Instant> due(Instant now) {
        Map<String, Instant> due = new HashMap<>();
        uses.forEach((jti, use) -> {
            if (use.isDue(now)) {
                due.put(jti, use.pending);
            }
        });
        return due;
    }

    /**
     * Marks these uses (as {@link #due} gave them) written at {@code now}: a use recorded since stays pending.
     * Then forgets the tokens with nothing left to remember, which makes room for others.
     */
    public void written(Map<String, Instant> batch, Instant now) {
        batch.forEach((jti, at) -> uses.computeIfPresent(jti,
                (id, use) -> new Use(use.pending != null && use.pending.isAfter(at) ? use.pending : null, now)));
        uses.values().removeIf(use -> use.isIdle(now));
    }

    /** @return how many uses were dropped for want of room since the last call */
    public long takeDropped() {
        return dropped.getAndSet(0);
    }

    /** How many tokens it remembers. */
    public int size() {
        return uses.size();
    }
}

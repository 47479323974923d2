package org.aam.jwt.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    /** A trail of {@code stored} events older than any cutoff, deleted a batch at a time. */
    private static final class OldTrail extends Audit {
        private int stored;
        private final List<Instant> cutoffs = new ArrayList<>();

        OldTrail(int stored) {
            this.stored = stored;
        }

        @Override
        public int prune(Instant before, int batch) {
            cutoffs.add(before);
            int deleted = Math.min(stored, batch);
            stored -= deleted;
            return deleted;
        }
    }

    private static AuditRetention over(Audit audit) {
        AuditRetention retention = new AuditRetention();
        retention.audit = audit;
        return retention;
    }

    @Test
    void prunesBatchesUntilOneComesBackShort() {
        OldTrail trail = new OldTrail(2 * AuditRetention.BATCH + 5);
        Instant cutoff = Instant.parse("2026-09-01T00:00:00Z");
        assertEquals(2 * AuditRetention.BATCH + 5, over(trail).pruneOlderThan(cutoff));
        assertEquals(List.of(cutoff, cutoff, cutoff), trail.cutoffs);
    }

    @Test
    void aRunStopsAfterItsLastBatchAndLeavesTheRestToTheNext() {
        OldTrail trail = new OldTrail(AuditRetention.MAX_BATCHES * AuditRetention.BATCH + 1);
        AuditRetention retention = over(trail);
        assertEquals(AuditRetention.MAX_BATCHES * AuditRetention.BATCH, retention.pruneOlderThan(Instant.now()));
        assertEquals(1, retention.pruneOlderThan(Instant.now()));
    }
}

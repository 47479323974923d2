package org.aam.jwt.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * Deletes events older than {@code aam.audit.retention} on a task of the server's managed scheduler, never in a
 * request: in batches of {@link #BATCH}, each its own short transaction, and at most {@link #MAX_BATCHES} per run,
 * so that a large backlog (a retention just shortened) is worked off over several runs without holding the table.
 * Instances sharing a database may prune at the same time: each deletes what is there, at worst nothing.
 */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());
    static final int BATCH = 1_000;
    static final int MAX_BATCHES = 100;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    @Inject
    Audit audit;

    @Inject
    Settings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Duration retention;
    private ScheduledFuture<?> pruning;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        retention = settings.duration(Setting.AUDIT_RETENTION);
        // As often as the retention is short, up to once an hour: a day's retention never keeps a day and an hour.
        long pause = Math.max(1, Math.min(retention.toSeconds(), LONGEST_PAUSE.toSeconds()));
        pruning = scheduler.scheduleWithFixedDelay(this::prune, Math.min(pause, 60), pause, TimeUnit.SECONDS);
    }

    void prune() {
        try {
            Instant before = Instant.now().minus(retention);
            int deleted = pruneOlderThan(before);
            if (deleted > 0) {
                LOG.info(deleted + " audit events older than " + before + " pruned");
            }
        } catch (RuntimeException failed) {
            // The next run tries again; a scheduled task that throws would never run again.
            LOG.log(Level.WARNING, "Pruning the audit trail failed; it is tried again at the next run", failed);
        }
    }

    /** @return how many events were deleted: batches until one comes back short, at most {@link #MAX_BATCHES} */
    int pruneOlderThan(Instant before) {
        int deleted = 0;
        for (int batches = 0; batches < MAX_BATCHES; batches++) {
            int batch = audit.prune(before, BATCH);
            deleted += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return deleted;
    }

    @PreDestroy
    void stop() {
        if (pruning != null) {
            pruning.cancel(false);
        }
    }
}

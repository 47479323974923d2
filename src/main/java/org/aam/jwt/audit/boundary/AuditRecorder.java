package org.aam.jwt.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.audit.control.AuditJson;
import org.aam.jwt.audit.entity.AuditRecord;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.users.boundary.Caller;

/**
 * Records each event off the request's thread: the request only stamps the event and puts it in a bounded queue;
 * a task of the server's managed scheduler drains the queue {@link #DRAIN_EVERY a few times a second}, writing each
 * event's JSON line to the log {@code org.aam.jwt.audit} and the events to the database in batches, one transaction
 * each. Draining on a schedule rather than per event is what keeps the cost off requests: handing a task to a managed
 * executor captures the request's contexts (a good part of a token's issuance), and under load one commit then
 * stores hundreds of events instead of one.
 *
 * <p>Nothing here fails or waits for a request. What can be lost, and only from the database: when the queue is
 * full (the database is far behind), an event's line is written to the log at once, on the request's thread, and
 * the event is not stored; when a batch cannot be stored, its lines are already in the log. Either is logged once
 * when it starts and once when it ends, with the count, never once per event: the log is the complete trail.
 */
@ApplicationScoped
public class AuditRecorder {

    /** One JSON line per event, for log shippers; nothing else is written to it. */
    private static final Logger TRAIL = Logger.getLogger("org.aam.jwt.audit");
    /** Not a child of the trail's logger (JUL's hierarchy follows the dots), so that the trail holds JSON only. */
    private static final Logger LOG = Logger.getLogger("org.aam.jwt.audit-recorder");
    static final int CAPACITY = 10_000;
    static final int BATCH = 200;
    private static final Duration DRAIN_EVERY = Duration.ofMillis(250);

    @Inject
    Audit audit;

    @Inject
    Instance<Caller> caller;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final BlockingQueue<AuditRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private ScheduledFuture<?> draining;
    private final AtomicLong logOnly = new AtomicLong();
    private final AtomicLong unstored = new AtomicLong();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        draining = scheduler.scheduleWithFixedDelay(this::drain, DRAIN_EVERY.toMillis(), DRAIN_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A change is recorded once its transaction commits: one that rolls back did not happen. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEvent event) {
        if (!event.name().isAttempt()) {
            record(event);
        }
    }

    /** A refused or failed attempt happened whatever its transaction did (a 429 rolls it back). */
    void attempted(@Observes(during = TransactionPhase.AFTER_COMPLETION) AuditEvent event) {
        if (event.name().isAttempt()) {
            record(event);
        }
    }

    private void record(AuditEvent event) {
        try {
            AuditRecord record = new AuditRecord(Instant.now(), withRequest(event));
            if (!queue.offer(record)) {
                keepInLogOnly(record);
            }
        } catch (RuntimeException unexpected) {
            // Recording must never fail the request that acted.
            LOG.log(Level.WARNING, "An audit event could not be recorded", unexpected);
        }
    }

    /** The caller and client address of the current request, where the facade did not know them. */
    private AuditEvent withRequest(AuditEvent event) {
        if (event.actorId() != null && event.client() != null) {
            return event;
        }
        try {
            Caller current = caller.get();
            Long actorId = event.actorId() != null ? event.actorId() : current.identifiedUserId().orElse(null);
            String client = event.client() != null ? event.client() : current.clientAddress();
            return new AuditEvent(event.name(), actorId, event.userId(), event.tokenId(), client, event.outcome(),
                    event.detail());
        } catch (RuntimeException noRequest) {
            // Not in a request (the first administrator, made at start-up): the service acted.
            return event;
        }
    }

    /**
     * Runs on the scheduler's thread (a fixed delay never overlaps itself), and at the end on the stopping one, which
     * waits here for a drain still running: once the application has stopped, nothing may open a connection (the
     * embedded H2 closes then, and a connection opened later would keep its file locked against the next deployment).
     */
    private synchronized void drain() {
        try {
            List<AuditRecord> batch = new ArrayList<>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        } catch (RuntimeException unexpected) {
            // A scheduled task that throws is never run again: the next run retries with what is queued.
            LOG.log(Level.WARNING, "Audit events could not be drained", unexpected);
        }
    }

    private void write(List<AuditRecord> batch) {
        batch.forEach(record -> TRAIL.info(AuditJson.of(record).toString()));
        try {
            audit.store(batch);
        } catch (RuntimeException databaseFailure) {
            if (unstored.getAndAdd(batch.size()) == 0) {
                LOG.warning("Audit events cannot be stored in the database (" + databaseFailure
                        + "): they are kept in the log org.aam.jwt.audit only, until storing works again");
            }
            return;
        }
        long missed = unstored.getAndSet(0) + logOnly.getAndSet(0);
        if (missed > 0) {
            LOG.warning("Audit events are stored again; " + missed + " were kept in the log org.aam.jwt.audit only");
        }
    }

    private void keepInLogOnly(AuditRecord record) {
        TRAIL.info(AuditJson.of(record).toString());
        if (logOnly.getAndIncrement() == 0) {
            LOG.warning("The audit queue is full (" + CAPACITY + " events): until the database catches up, events "
                    + "are kept in the log org.aam.jwt.audit only");
        }
    }

    /** What is still queued is written before the application stops, on the stopping thread. */
    @PreDestroy
    void flush() {
        if (draining != null) {
            draining.cancel(false);
        }
        drain();
    }
}

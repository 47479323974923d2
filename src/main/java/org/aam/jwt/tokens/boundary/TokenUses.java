package org.aam.jwt.tokens.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aam.jwt.tokens.control.LastUseUpdate;
import org.aam.jwt.tokens.control.LastUses;

/**
 * Records when tokens authenticate requests ({@code last_used_at}) without a write per request: uses are kept in
 * memory ({@link LastUses}) and written every {@link #WRITE_EVERY few seconds} in one batched UPDATE, so that a first
 * use shows within 10 seconds and later ones are written at most once a minute per token. The database holds the
 * truth for every instance sharing it ({@link LastUseUpdate}). A failed write is logged once and retried with the
 * next one; nothing is dropped on failure.
 */
@ApplicationScoped
public class TokenUses {

    private static final Duration WRITE_EVERY = Duration.ofSeconds(4);
    /** Tokens remembered at once (a few hundred bytes each): beyond that, uses of further tokens are dropped. */
    private static final int CAPACITY = 50_000;
    private static final Duration DROPS_LOGGED_EVERY = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(TokenUses.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:app/jdbc/aam")
    DataSource database;

    private final LastUses uses = new LastUses(CAPACITY);
    private ScheduledFuture<?> writing;
    private int failedWrites;
    private long dropped;
    private Instant dropsLoggedAt = Instant.MIN;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        writing = scheduler.scheduleWithFixedDelay(this::write, WRITE_EVERY.toMillis(), WRITE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Writes what is due once more, so that a clean shutdown loses no first use. */
    @PreDestroy
    void stop() {
        if (writing != null) {
            writing.cancel(false);
        }
        write();
    }

    /** The token with this {@code jti} has just authenticated a request. */
    public void record(String jti) {
        uses.record(jti, Instant.now());
    }

    synchronized void write() {
        Instant now = Instant.now();
        logDrops(now);
        Map<String, Instant> due = uses.due(now);
        if (due.isEmpty()) {
            return;
        }
        try {
            update(due);
        } catch (SQLException | RuntimeException failure) {
            if (failedWrites++ == 0) {
                LOG.log(Level.WARNING, "Could not write the last use of " + due.size()
                        + " token(s); retrying every " + WRITE_EVERY.toSeconds() + " s: " + failure);
            }
            return;
        }
        if (failedWrites > 0) {
            LOG.info("Wrote the last uses of tokens again, after " + failedWrites + " failed attempt(s)");
            failedWrites = 0;
        }
        uses.written(due, now);
    }

    /** The scheduled task runs outside any JTA transaction: the update makes its own. */
    private void update(Map<String, Instant> due) throws SQLException {
        try (Connection connection = database.getConnection()) {
            LastUseUpdate.write(connection, due);
        }
    }

    private void logDrops(Instant now) {
        dropped += uses.takeDropped();
        if (dropped > 0 && !now.isBefore(dropsLoggedAt.plus(DROPS_LOGGED_EVERY))) {
            LOG.warning(dropped + " use(s) of tokens were not recorded: more than " + CAPACITY
                    + " tokens were in use within a minute");
            dropped = 0;
            dropsLoggedAt = now;
        }
    }
}

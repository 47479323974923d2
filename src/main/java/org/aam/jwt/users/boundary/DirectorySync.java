package org.aam.jwt.users.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.directory.control.Directory;
import org.aam.jwt.directory.control.DirectoryUnavailable;

/**
 * Every aam.ldap.sync_interval, each directory user's record is brought up to date with the directory, so that a
 * user who left, was disabled or lost a group loses their tokens within that time even if they never log in
 * again. While the directory does not answer, a round stops at once and the last known state holds (the
 * {@link Directory} logs the outage once).
 */
@ApplicationScoped
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Directory directory;

    @Inject
    Users users;

    @Inject
    Settings settings;

    private ScheduledFuture<?> rounds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (directory.isConfigured()) {
            long interval = settings.duration(Setting.LDAP_SYNC_INTERVAL).toMillis();
            rounds = scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    void round() {
        try {
            directory.probe();
            for (long id : users.directoryUsers()) {
                users.followDirectory(id);
            }
        } catch (DirectoryUnavailable down) {
            // logged by Directory, once per outage
        } catch (RuntimeException unexpected) {
            // A failed round must not end the schedule: the next one tries again.
            LOG.log(Level.WARNING, "Directory sync round failed", unexpected);
        }
    }
}

package org.aam.jwt.metrics.boundary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.tokens.boundary.Tokens;

/**
 * The registry of this instance's metrics, and the counters the audit's events move. Names follow Prometheus'
 * conventions ({@code aam_} prefix, {@code _total} for counters, {@code _seconds} for times).
 */
@ApplicationScoped
public class Metrics {

    private static final Logger LOG = Logger.getLogger(Metrics.class.getName());
    /** The text format 0.0.4, which {@code scrape(String)} writes for this content type. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** How long a count of the registered tokens stands when this instance changed none (another may have). */
    private static final long RECOUNT_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    @Inject
    Tokens tokens;

    private PrometheusMeterRegistry registry;
    private final Map<EventName, Counter> counters = new EnumMap<>(EventName.class);
    private final AtomicBoolean tokensChanged = new AtomicBoolean(true);
    private volatile long countedAt;
    private volatile double registeredTokens = Double.NaN;

    @PostConstruct
    void register() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        counter(EventName.TOKEN_ISSUED, "aam.tokens.issued", "Tokens issued (API, /authenticate, developer API, console)");
        counter(EventName.TOKEN_REFRESHED, "aam.tokens.refreshed", "Tokens refreshed");
        counter(EventName.TOKEN_REVOKED, "aam.tokens.revoked", "Tokens revoked");
        counter(EventName.TOKEN_DELETED, "aam.tokens.deleted", "Tokens deleted one by one");
        counter(EventName.TOKENS_RESET, "aam.tokens.resets", "Resets of a user's tokens");
        counter(EventName.TOKEN_PUSHED_OUT, "aam.tokens.pushed.out", "Tokens pushed out of a full registry");
        for (EventName login : new EventName[] {EventName.LOGIN_SUCCEEDED, EventName.LOGIN_FAILED,
            EventName.LOGIN_THROTTLED}) {
            counters.put(login, Counter.builder("aam.logins").description("Password logins by outcome")
                    .tag("outcome", login.apiName().substring("login_".length())).register(registry));
        }
        Gauge.builder("aam.tokens.registered", this, Metrics::registeredTokens)
                .description("Tokens in the registry, of all users").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    private void counter(EventName event, String name, String description) {
        counters.put(event, Counter.builder(name).description(description).register(registry));
    }

    /** A change counts once its transaction commits; a refused attempt whatever its transaction did. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditEvent event) {
        if (!event.name().isAttempt()) {
            count(event);
        }
    }

    void attempted(@Observes(during = TransactionPhase.AFTER_COMPLETION) AuditEvent event) {
        if (event.name().isAttempt()) {
            count(event);
        }
    }

    private void count(AuditEvent event) {
        Counter counter = counters.get(event.name());
        if (counter != null) {
            counter.increment();
        }
        if (event.name().name().startsWith("TOKEN") || event.name() == EventName.USER_DELETED) {
            tokensChanged.set(true);
        }
    }

    /** The latency of one request, by method and route (a template, never a raw path). */
    public void requestTook(String method, String route, long nanos) {
        Timer.builder("aam.http.requests").description("Time to answer a request, by route")
                .tag("method", method).tag("route", route).serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(Duration.ofNanos(nanos));
    }

    /** An answer of 400 or more, by status. */
    public void refused(int status) {
        Counter.builder("aam.http.refused").description("Requests answered with a status of 400 or more")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    /**
     * Counted again only when this instance changed tokens since, or once a minute for the changes of other
     * instances: a scrape every few seconds costs no count query each.
     */
    private double registeredTokens() {
        long now = System.currentTimeMillis();
        if (tokensChanged.getAndSet(false) || now - countedAt > RECOUNT_MILLIS) {
            try {
                registeredTokens = tokens.registeredCount();
                countedAt = now;
            } catch (RuntimeException databaseDown) {
                tokensChanged.set(true);
                LOG.log(Level.FINE, "Tokens could not be counted", databaseDown);
            }
        }
        return registeredTokens;
    }

    public String scrape() {
        return registry.scrape(CONTENT_TYPE);
    }

    @PreDestroy
    void close() {
        registry.close();
    }
}

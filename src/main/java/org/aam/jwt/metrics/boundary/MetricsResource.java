package org.aam.jwt.metrics.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.metrics.control.ScrapeToken;
import org.aam.jwt.users.boundary.Caller;

/**
 * {@code GET /aam/v2/metrics}: for administrators, or for a scraper that presents {@code aam.metrics.token} as its
 * Bearer token. That token is no JWT, so the authentication mechanism leaves a refusal on the request; it never
 * answers by itself, and the token is checked here before the caller is asked for.
 */
@Path("v2/metrics")
@ApplicationScoped
public class MetricsResource {

    @Inject
    Metrics metrics;

    @Inject
    Caller caller;

    @Inject
    Settings settings;

    private ScrapeToken scraper;

    @PostConstruct
    void configure() {
        scraper = ScrapeToken.of(settings.find(Setting.METRICS_TOKEN));
    }

    @GET
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!scraper.acceptsHeader(authorization)) {
            caller.requireAdministrator();
        }
        return Response.ok(metrics.scrape(), Metrics.CONTENT_TYPE).build();
    }
}

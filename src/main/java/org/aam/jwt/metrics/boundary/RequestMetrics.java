package org.aam.jwt.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.aam.jwt.metrics.control.RouteTemplate;

/**
 * Times every request of the REST API by route, and counts the answers of 400 or more by status (errors mapped
 * from exceptions included: response filters see them). Pre-matching, so that the clock starts before routing
 * and a request no resource matches is counted too; the route is the one {@link RouteNames} left on the request.
 * No {@code @Context} member: this one bean serves both REST applications, and a context proxy is bound to one.
 */
@Provider
@PreMatching
@ApplicationScoped
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetrics.class.getName() + ".started";

    @Inject
    Metrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            String route = request.getProperty(RouteNames.ROUTE) instanceof String name ? name
                    : RouteTemplate.UNMATCHED;
            metrics.requestTook(request.getMethod(), route, System.nanoTime() - started);
        }
        if (response.getStatus() >= 400) {
            metrics.refused(response.getStatus());
        }
    }
}

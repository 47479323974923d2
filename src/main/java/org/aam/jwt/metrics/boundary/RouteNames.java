package org.aam.jwt.metrics.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.aam.jwt.metrics.control.RouteTemplate;

/**
 * Gives each resource method, once at deployment, a filter that names its route on the requests it serves: the
 * route is worked out once per method rather than per request, and a request that matches no method keeps none.
 */
@Provider
public class RouteNames implements DynamicFeature {

    static final String ROUTE = RouteNames.class.getName() + ".route";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new Named(RouteTemplate.of(resource.getResourceClass(), resource.getResourceMethod())));
    }

    record Named(String route) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(ROUTE, route);
        }
    }
}

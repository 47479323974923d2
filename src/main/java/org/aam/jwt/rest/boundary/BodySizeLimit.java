package org.aam.jwt.rest.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the body of every API request through JAX-RS's own entity stream (see {@link RequestBody}), and so refuses
 * bodies over 64 KiB with 413 before routing or any rights check looks at the request.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        RequestBody.of(request, context::getEntityStream);
    }
}

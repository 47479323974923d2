package org.aam.jwt.rest.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Nothing the API answers may be kept by a cache or sniffed into another type: its answers carry tokens, users
 * and keys, and a shared cache or a browser's disk must not hold them. A resource whose answer is public (the OpenAPI
 * document) says so with a Cache-Control of its own, which is kept.
 */
@Provider
public class NoStore implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}

package org.aam.jwt.rest.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown routes, wrong methods and the like, raised by JAX-RS itself, in the WordPress shape. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response shaped = ErrorBodies.response(ErrorBodies.forStatus(original.getStatus()));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? shaped : Response.fromResponse(shaped).header(HttpHeaders.ALLOW, allow).build();
    }
}

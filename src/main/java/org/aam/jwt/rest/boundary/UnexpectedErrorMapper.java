package org.aam.jwt.rest.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.rest.entity.WpError;

/**
 * The last resort: anything not mapped elsewhere. A WpError or a validation failure may arrive wrapped (a
 * transaction interceptor wraps what fails at commit), so the cause chain is searched first; anything else is a
 * 500 whose detail goes to the server log under an incident id, never into the response.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof WpError error) {
                return ErrorBodies.response(error);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return ErrorBodies.response(ValidationErrorMapper.toWpError(violations));
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return ErrorBodies.response(new WpError(500, "rest_unexpected_error",
                "Unexpected application error. Incident " + incident + " is in the server log."));
    }
}

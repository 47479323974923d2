package org.aam.jwt.rest.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.aam.jwt.rest.entity.WpError;

@Provider
public class WpErrorMapper implements ExceptionMapper<WpError> {

    @Override
    public Response toResponse(WpError error) {
        return ErrorBodies.response(error);
    }
}

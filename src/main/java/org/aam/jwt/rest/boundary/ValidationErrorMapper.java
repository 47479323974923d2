package org.aam.jwt.rest.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.aam.jwt.rest.entity.WpError;

/** Bean Validation failures are invalid parameters: a 400 that names each property and its rule. */
@Provider
public class ValidationErrorMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException violations) {
        return ErrorBodies.response(toWpError(violations));
    }

    static WpError toWpError(ConstraintViolationException violations) {
        String details = violations.getConstraintViolations().stream()
                .map(ValidationErrorMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return WpError.invalidParam("Invalid parameter(s): " + details);
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String property = path.substring(path.lastIndexOf('.') + 1).replaceAll("<.*>|\\[.*]", "");
        // Record components are camelCase; the API speaks snake_case (display_name).
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT) + " " + violation.getMessage();
    }
}

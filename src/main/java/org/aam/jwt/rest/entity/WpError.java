package org.aam.jwt.rest.entity;

import java.util.Map;

/**
 * A failure the client is told about, in the WordPress REST shape:
 * {@code {"code": ..., "message": ..., "data": {"status": ...}}}.
 * Thrown anywhere; the boundary's exception mapper writes it.
 */
public class WpError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> extra;

    public WpError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** @param extra further top-level members, such as the {@code reason} of a JWT validation failure */
    public WpError(int status, String code, String message, Map<String, String> extra) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
    }

    public static WpError invalidParam(String message) {
        return new WpError(400, "rest_invalid_param", message);
    }

    public static WpError notFound(String message) {
        return new WpError(404, "rest_not_found", message);
    }

    public static WpError forbidden(String message) {
        return new WpError(403, "rest_forbidden", message);
    }

    public static WpError unauthorized(String message) {
        return new WpError(401, "rest_unauthorized", message);
    }

    /** The body of section 5 of the contract: {@code {"code": "rest_jwt_validation_failure", "reason": ...}}. */
    public static WpError jwtValidationFailure(int status, String reason) {
        return new WpError(status, "rest_jwt_validation_failure", reason, Map.of("reason", reason));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> extra() {
        return extra;
    }
}

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
    /** Seconds for a {@code Retry-After} header; 0 for none. */
    private final long retryAfterSeconds;

    public WpError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** @param extra further top-level members, such as the {@code reason} of a JWT validation failure */
    public WpError(int status, String code, String message, Map<String, String> extra) {
        this(status, code, message, extra, 0);
    }

    private WpError(int status, String code, String message, Map<String, String> extra, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429: the client is to wait; {@code Retry-After} says how long. */
    public static WpError tooManyRequests(String message, long retryAfterSeconds) {
        return new WpError(429, "rest_too_many_requests", message, Map.of(), Math.max(1, retryAfterSeconds));
    }

    /** 503: the service cannot take the request now; {@code Retry-After} says when to try again. */
    public static WpError unavailable(String message, long retryAfterSeconds) {
        return new WpError(503, "rest_unavailable", message, Map.of(), Math.max(1, retryAfterSeconds));
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

    /** @return the seconds of the {@code Retry-After} header, or 0 for none */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

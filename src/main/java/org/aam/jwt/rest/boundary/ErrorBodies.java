package org.aam.jwt.rest.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.entity.WpError;

/** Writes errors in the WordPress REST shape; a 401 also names the Bearer scheme. */
public final class ErrorBodies {

    public static final String WWW_AUTHENTICATE = "Bearer realm=\"aam\"";

    private ErrorBodies() {
    }

    public static JsonObject json(WpError error) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("code", error.code())
                .add("message", error.getMessage())
                .add("data", JsonBuilders.object().add("status", error.status()));
        error.extra().forEach(body::add);
        return body.build();
    }

    public static Response response(WpError error) {
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json(error));
        if (error.status() == 401) {
            response.header("WWW-Authenticate", WWW_AUTHENTICATE);
        }
        if (error.retryAfterSeconds() > 0) {
            response.header("Retry-After", error.retryAfterSeconds());
        }
        return response.build();
    }

    /** Writes the error as a servlet's whole answer, for what answers outside JAX-RS. */
    public static void write(HttpServletResponse response, WpError error) throws IOException {
        response.resetBuffer();
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding("UTF-8");
        if (error.status() == 401) {
            response.setHeader("WWW-Authenticate", WWW_AUTHENTICATE);
        }
        if (error.retryAfterSeconds() > 0) {
            response.setHeader("Retry-After", Long.toString(error.retryAfterSeconds()));
        }
        response.getWriter().write(json(error).toString());
    }

    /** The error a bare HTTP status stands for, when nothing more specific is known. */
    public static WpError forStatus(int status) {
        return switch (status) {
            case 400 -> new WpError(400, "rest_invalid_param", "The request is not valid.");
            case 401 -> WpError.unauthorized("Authentication is required.");
            case 403 -> WpError.forbidden("Sorry, you are not allowed to do that.");
            case 404 -> new WpError(404, "rest_no_route", "No route was found matching the URL and request method.");
            case 405 -> new WpError(405, "rest_no_route", "The method is not allowed for this route.");
            case 406 -> new WpError(406, "rest_not_acceptable", "This route answers in application/json only.");
            case 413 -> new WpError(413, "rest_payload_too_large", "The request body is larger than 64 KiB.");
            case 415 -> new WpError(415, "rest_unsupported_media_type", "The media type of the body is not supported.");
            default -> status >= 400 && status < 500
                    ? new WpError(status, "rest_invalid_request", "The request cannot be served.")
                    : new WpError(500, "rest_unexpected_error", "Unexpected application error.");
        };
    }
}

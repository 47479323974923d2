package org.aam.jwt.wordpress.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aam.jwt.wordpress.entity.WpError;

/**
 * The request body, read once and kept on the request: the authentication mechanism looks into form bodies for a
 * token before JAX-RS runs, and the servlet input stream can only be read once.
 */
public final class RequestBody {

    public static final int LIMIT_BYTES = 64 * 1024;
    private static final String ATTRIBUTE = RequestBody.class.getName();

    private RequestBody() {
    }

    /** @throws WpError 413 when the body is larger than 64 KiB */
    public static String of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof String body) {
            return body;
        }
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            throw tooLarge();
        }
        String body = read(request);
        request.setAttribute(ATTRIBUTE, body);
        return body;
    }

    private static String read(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(LIMIT_BYTES + 1);
            if (bytes.length > LIMIT_BYTES) {
                throw tooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static WpError tooLarge() {
        return new WpError(413, "rest_payload_too_large", "The request body is larger than 64 KiB.");
    }
}

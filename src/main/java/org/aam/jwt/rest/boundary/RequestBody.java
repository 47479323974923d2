package org.aam.jwt.rest.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.aam.jwt.rest.entity.WpError;

/**
 * The request body, read once and kept on the request: the authentication mechanism looks into form bodies for a
 * token before JAX-RS runs, and a body can only be read once.
 */
public final class RequestBody {

    public static final int LIMIT_BYTES = 64 * 1024;
    /** How much of a refused body is still read, so that the client, still sending, gets the 413 at all. */
    private static final long DRAINED_AT_MOST = 1024 * 1024;
    private static final String ATTRIBUTE = RequestBody.class.getName();

    /** Where the body is read from, when it has not been read yet. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private RequestBody() {
    }

    /**
     * The body, from the servlet request's own stream. Only for code that runs before JAX-RS: once JAX-RS has the
     * request, it may have buffered part of that stream (it peeks into form bodies), so it must read its entity.
     *
     * @throws WpError 413 when the body is larger than 64 KiB
     */
    public static String of(HttpServletRequest request) {
        return of(request, request::getInputStream);
    }

    /** @throws WpError 413 when the body is larger than 64 KiB */
    public static String of(HttpServletRequest request, Source source) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof String body) {
            return body;
        }
        // A GET is served as the GET it is, whatever it carries (axios sends the seed's create example so), as
        // WordPress does; most other requests without a body declare so.
        if (isWithoutBody(request)) {
            request.setAttribute(ATTRIBUTE, "");
            return "";
        }
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            throw tooLarge(source);
        }
        String body = read(source);
        request.setAttribute(ATTRIBUTE, body);
        return body;
    }

    private static boolean isWithoutBody(HttpServletRequest request) {
        return request.getContentLengthLong() == 0 || "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod());
    }

    private static String read(Source source) {
        // Not closed: the stream is the container's, and JAX-RS still looks at it after the mechanism has read it.
        try {
            byte[] bytes = source.open().readNBytes(LIMIT_BYTES + 1);
            if (bytes.length > LIMIT_BYTES) {
                throw tooLarge(source);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static WpError tooLarge(Source source) {
        try {
            InputStream rest = source.open();
            byte[] discarded = new byte[8192];
            long drained = 0;
            for (int read = 0; read >= 0 && drained < DRAINED_AT_MOST; read = rest.read(discarded)) {
                drained += read;
            }
        } catch (IOException clientGone) {
            // nothing more to read: the answer is the same
        }
        return new WpError(413, "rest_payload_too_large", "The request body is larger than 64 KiB.");
    }
}

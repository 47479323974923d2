package org.aam.jwt.rest.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aam.jwt.rest.entity.WpError;

/**
 * The error page of the whole WAR (web.xml points every error status here): what the container itself refuses
 * (an unknown path outside the REST namespace, a malformed request) is answered in the same JSON shape as the
 * API's own errors, and a failure outside JAX-RS never shows a stack trace.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable thrown) {
            LOG.log(Level.SEVERE, "Unhandled failure outside the REST API", thrown);
        }
        WpError error = failure instanceof WpError wpError ? wpError
                : ErrorBodies.forStatus(status instanceof Integer code ? code : 404);
        ErrorBodies.write(response, error);
    }
}

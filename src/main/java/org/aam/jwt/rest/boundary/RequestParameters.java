package org.aam.jwt.rest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.aam.jwt.rest.control.Parameters;

/**
 * The merged parameters of the current request, parsed on first use from the body {@link BodySizeLimit} read and
 * kept on the request (a bean created for each request would cost more than the parsing).
 */
@ApplicationScoped
public class RequestParameters {

    private static final String PARSED = RequestParameters.class.getName() + ".parsed";

    @Inject
    HttpServletRequest request;

    public Parameters parameters() {
        if (request.getAttribute(PARSED) instanceof Parameters parsed) {
            return parsed;
        }
        Parameters parsed = Parameters.parse(request.getContentType(), RequestBody.of(request), request.getQueryString());
        request.setAttribute(PARSED, parsed);
        return parsed;
    }
}

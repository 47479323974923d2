package org.aam.jwt.rest.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.aam.jwt.rest.control.Parameters;

/** The merged parameters of the current request, parsed on first use from the body {@link BodySizeLimit} read. */
@RequestScoped
public class RequestParameters {

    @Inject
    HttpServletRequest request;

    private Parameters parameters;

    public Parameters parameters() {
        if (parameters == null) {
            parameters = Parameters.parse(request.getContentType(), RequestBody.of(request), request.getQueryString());
        }
        return parameters;
    }
}

package org.aam.jwt.authentication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aam.jwt.authentication.control.SameOrigin;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * Whether a state-changing request was sent by another site ({@code Origin}, or lacking it {@code Referer}): a
 * browser sends cookies and form posts on such requests, so they must not change anything on their strength.
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Settings settings;

    public boolean isCrossSiteChange(HttpServletRequest request) {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            return false;
        }
        List<String> ownOrigins = new ArrayList<>();
        ownOrigins.add(request.getScheme() + "://" + request.getHeader("Host"));
        settings.find(Setting.SITE_URL).map(SameOrigin::originOf).ifPresent(ownOrigins::add);
        return SameOrigin.isCrossSite(request.getHeader("Origin"), request.getHeader("Referer"), ownOrigins);
    }
}

package org.aam.jwt.console.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * The console's session is a session token, in the cookie that the authentication mechanism already reads
 * ({@code service.jwt.cookie_name}). Nothing is kept in server memory: every request re-checks the token against
 * the database, so a logout or a deactivated user ends the session at the next request, on any instance.
 * HttpOnly keeps it from scripts; SameSite=Lax from cross-site requests other than top-level navigation (and the
 * mechanism refuses cross-site changes made with it); Secure whenever the site is served over HTTPS.
 */
@ApplicationScoped
public class SessionCookie {

    @Inject
    Settings settings;

    @Inject
    SiteUrl site;

    @Inject
    HttpServletRequest request;

    /** Sets the cookie for the rest of the browser session (the token's own expiry still applies). */
    public void set(HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", attributes(token));
    }

    /** The token in the request's cookie, if any. */
    public Optional<String> current() {
        Cookie[] cookies = request.getCookies();
        String name = settings.get(Setting.COOKIE_NAME);
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> name.equals(c.getName()))
                .map(Cookie::getValue).filter(value -> !value.isBlank()).findFirst();
    }

    public void clear(HttpServletResponse response) {
        response.addHeader("Set-Cookie", attributes("") + "; Max-Age=0");
    }

    private String attributes(String value) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
        boolean https = request.isSecure() || site.get().startsWith("https:");
        return settings.get(Setting.COOKIE_NAME) + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : "");
    }
}

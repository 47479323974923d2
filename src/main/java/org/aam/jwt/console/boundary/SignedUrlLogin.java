package org.aam.jwt.console.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.console.control.RedirectTarget;
import org.aam.jwt.tokens.boundary.Tokens;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.tokens.control.TokenPolicy;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/**
 * The site's root, where a token's {@code signed_url} points: {@code GET /?aam-jwt=<token>} logs the token's user
 * into a console session and redirects, so that the token leaves the address bar (and the history), to
 * {@code redirect_to} when it is a path of this site, else to the console. An invalid token lands on the console's
 * login page with the reason. The root without a token is the console.
 */
@WebServlet("")
public class SignedUrlLogin extends HttpServlet {

    static final String CONSOLE = "/console/";

    @Inject
    Tokens tokens;

    @Inject
    TokenPolicy policy;

    @Inject
    SessionCookie cookie;

    @Inject
    SiteUrl site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        // The token is in this URL: it must not travel on to the next page, nor be kept by a cache.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        Map<String, String> query = query(request);
        Optional<String> token = Optional.ofNullable(query.get(policy.queryParameterName())).filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            redirect(response, CONSOLE);
            return;
        }
        try {
            tokens.authenticate(token.get());
        } catch (InvalidToken invalid) {
            redirect(response, CONSOLE + "?reason=" + URLEncoder.encode(invalid.getMessage(), StandardCharsets.UTF_8));
            return;
        }
        cookie.set(response, token.get());
        redirect(response, RedirectTarget.pathOfSite(query.get("redirect_to")).orElse(CONSOLE));
    }

    private static Map<String, String> query(HttpServletRequest request) {
        try {
            return Parameters.decodeUrlEncoded(request.getQueryString());
        } catch (WpError malformed) {
            return Map.of();
        }
    }

    /** 303: whatever the method, the browser fetches the target with GET. */
    private void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", site.get() + path);
    }
}

package org.aam.jwt.console.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.aam.jwt.authentication.boundary.CredentialChannels;
import org.aam.jwt.authentication.boundary.CrossSiteRequests;
import org.aam.jwt.authentication.entity.Channel;
import org.aam.jwt.authentication.entity.JwtCredential;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.rest.boundary.ErrorBodies;
import org.aam.jwt.rest.boundary.RequestBody;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;
import org.aam.jwt.tokens.boundary.Tokens;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;

/**
 * {@code /console/session}: the console's login and logout. {@code POST} takes a username and password (JSON or
 * form; throttled like every password check) or a token in {@code Authorization: Bearer}, and starts a session
 * whose own token goes into the cookie: it never takes a place in the user's API token registry. {@code DELETE}
 * logs out: the cookie's token (a session, or the token of a signed-URL login) stops at once, as cookie and as
 * Bearer, on every instance, unless it was issued as not revocable.
 *
 * <p>Another site can neither log a visitor into an account of its choosing (a cross-site {@code POST} is refused)
 * nor make a browser send the Bearer header (no CORS here).
 */
@WebServlet("/console/session")
public class ConsoleSession extends HttpServlet {

    @Inject
    CredentialChannels channels;

    @Inject
    CrossSiteRequests crossSite;

    @Inject
    Tokens tokens;

    @Inject
    Users users;

    @Inject
    SessionCookie cookie;

    @Inject
    SiteUrl site;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (crossSite.isCrossSiteChange(request)) {
                throw users.refusal(null, request.getRemoteAddr(), "console login from another site",
                        "Another site cannot log this browser in.");
            }
            long userId = bearerToken(request).map(this::ownerOf).orElseGet(() -> userWithPassword(request).id());
            cookie.set(response, tokens.startSession(userId, site.get()));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (WpError refused) {
            ErrorBodies.write(response, refused);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        cookie.current().ifPresent(this::end);
        cookie.clear(response);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Stops the cookie's token: a session, or the token a signed URL logged in with, if it is revocable. */
    private void end(String token) {
        try {
            tokens.revoke(token);
        } catch (InvalidToken | WpError alreadyStoppedOrNotRevocable) {
            // Nothing more can stop it: clearing the cookie is all that is left.
        }
    }

    private long ownerOf(String token) {
        try {
            return tokens.authenticate(token).owner().id();
        } catch (InvalidToken invalid) {
            throw WpError.unauthorized(invalid.getMessage());
        }
    }

    private User userWithPassword(HttpServletRequest request) {
        Parameters parameters = Parameters.parse(request.getContentType(), RequestBody.of(request), null);
        String username = parameters.string("username").orElse("");
        String password = parameters.string("password").orElse("");
        if (username.isEmpty() || password.isEmpty()) {
            throw WpError.unauthorized("Log in with your username and password.");
        }
        User user = users.withPassword(username, password, request.getRemoteAddr())
                .orElseThrow(() -> WpError.unauthorized("Invalid username or password."));
        if (!user.isActive()) {
            throw WpError.unauthorized("User is inactive.");
        }
        return user;
    }

    /** The Bearer token of the Authorization header; no other channel counts here. */
    private Optional<String> bearerToken(HttpServletRequest request) {
        try {
            return channels.find(request)
                    .filter(presented -> presented.channel().equals(Optional.of(Channel.HEADER)))
                    .map(presented -> ((JwtCredential) presented.credential()).token());
        } catch (CredentialChannels.MalformedCredential malformed) {
            return Optional.empty();
        }
    }
}

package org.aam.jwt.console.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.aam.jwt.authentication.boundary.CredentialChannels;
import org.aam.jwt.authentication.entity.Channel;
import org.aam.jwt.authentication.entity.JwtCredential;
import org.aam.jwt.tokens.boundary.Tokens;
import org.aam.jwt.tokens.control.InvalidToken;
import org.aam.jwt.rest.boundary.ErrorBodies;
import org.aam.jwt.rest.entity.WpError;

/**
 * {@code /console/session}: the console's password login turns the token it got from {@code /authenticate} into
 * the session cookie ({@code POST} with {@code Authorization: Bearer}), and logs out ({@code DELETE}). The token
 * must come in the header: another site cannot make a browser send one (no CORS here), so no other site can log a
 * visitor into an account of its choosing.
 */
@WebServlet("/console/session")
public class ConsoleSession extends HttpServlet {

    @Inject
    CredentialChannels channels;

    @Inject
    Tokens tokens;

    @Inject
    SessionCookie cookie;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> token = bearerToken(request);
        if (token.isEmpty()) {
            ErrorBodies.write(response, WpError.unauthorized("Send the token as Authorization: Bearer <jwt>."));
            return;
        }
        try {
            tokens.verify(token.get());
        } catch (InvalidToken invalid) {
            ErrorBodies.write(response, WpError.unauthorized(invalid.getMessage()));
            return;
        }
        cookie.set(response, token.get());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        cookie.clear(response);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
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

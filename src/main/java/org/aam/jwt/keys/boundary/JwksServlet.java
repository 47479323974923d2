package org.aam.jwt.keys.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /.well-known/jwks.json}: the public keys that verify this service's tokens, for services that check
 * them without calling back. A servlet of its own, because this well-known path lies outside the REST prefixes.
 * Consumers may cache it for a few minutes: a key is published as soon as it is added, before it signs.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    Keys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.getWriter().write(keys.jwks().toString());
    }
}

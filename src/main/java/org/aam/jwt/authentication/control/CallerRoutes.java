package org.aam.jwt.authentication.control;

import java.util.List;

/**
 * The routes that act for a caller: the management APIs of tokens, users, keys and backups, the audit trail and the
 * metrics (whose scraper's {@code aam.metrics.token} is no JWT: the mechanism leaves a refusal that the metrics
 * route ignores when that token matches). Every other URL (the client token endpoints, {@code /authenticate}, the
 * health check, the JWKS, the console's files, a 404) is served without reading credentials, so that a Basic header there costs no password hash and a token no database read. A route
 * missing here fails closed: its resource finds no caller and answers 401.
 */
public final class CallerRoutes {

    private static final List<String> PREFIXES = List.of("/aam/v2/service", "/aam/v2/users", "/aam/v2/keys",
            "/aam/v2/backups", "/aam/v2/audit", "/aam/v2/metrics");
    private static final String WORDPRESS = "/wp-json";

    private CallerRoutes() {
    }

    /** @param path the request's path within the application, decoded (servlet path and path info) */
    public static boolean needCaller(String path) {
        String route = path.startsWith(WORDPRESS + "/") ? path.substring(WORDPRESS.length()) : path;
        return PREFIXES.stream().anyMatch(prefix -> route.equals(prefix) || route.startsWith(prefix + "/"));
    }
}

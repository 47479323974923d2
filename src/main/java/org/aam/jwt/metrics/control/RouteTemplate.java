package org.aam.jwt.metrics.control;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

/**
 * The route of a request as its resource declares it ({@code /aam/v2/service/jwt/{id}}), never the path a client
 * sent: a metric label must take a bounded number of values whatever clients send. A request no resource matched
 * is {@link #UNMATCHED}. A template's regular expression is left out ({@code {collection: jwts?}} is
 * {@code {collection}}).
 */
public final class RouteTemplate {

    public static final String UNMATCHED = "unmatched";
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");

    private RouteTemplate() {
    }

    public static String of(Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return UNMATCHED;
        }
        StringBuilder route = new StringBuilder("/aam");
        append(route, resource.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return EXPRESSION.matcher(route).replaceAll("{$1}");
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null) {
            return;
        }
        String value = path.value();
        if (!value.startsWith("/")) {
            route.append('/');
        }
        route.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}

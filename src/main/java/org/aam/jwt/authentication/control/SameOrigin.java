package org.aam.jwt.authentication.control;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a browser request comes from another site. A cookie rides along on cross-site requests, so a request
 * that changes something on the strength of a cookie must come from one of this service's own origins.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin       the Origin header, or null
     * @param referer      the Referer header, used when there is no Origin; or null
     * @param ownOrigins   e.g. {@code http://localhost:8080}
     * @return true when the request names an origin and it is not one of ours ({@code Origin: null} included)
     */
    public static boolean isCrossSite(String origin, String referer, Collection<String> ownOrigins) {
        Optional<String> claimed = Optional.ofNullable(origin).or(() -> Optional.ofNullable(referer).map(SameOrigin::originOf));
        return claimed.map(o -> ownOrigins.stream().noneMatch(own -> normalise(own).equals(normalise(o))))
                .orElse(false);
    }

    /** The origin of a URL: {@code https://example.com/aam/x} has {@code https://example.com}. */
    public static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return "null";
        }
    }

    /** Lower case, without the default port. */
    static String normalise(String origin) {
        String lower = origin.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") && lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        if (lower.startsWith("https://") && lower.endsWith(":443")) {
            return lower.substring(0, lower.length() - 4);
        }
        return lower;
    }
}

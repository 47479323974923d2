package org.aam.jwt.console.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a signed login URL may send the browser: a path of this site, never another site. Anything a browser
 * could read as another host ({@code //evil.example}, {@code /\evil.example}, {@code https://evil.example}) is
 * refused, and the caller falls back to the console.
 */
public final class RedirectTarget {

    private RedirectTarget() {
    }

    /**
     * @param redirectTo the {@code redirect_to} parameter: a path such as {@code /console/}
     * @return the path when it is one of this site's, else empty
     */
    public static Optional<String> pathOfSite(String redirectTo) {
        if (redirectTo == null || !redirectTo.startsWith("/") || redirectTo.startsWith("//")
                || redirectTo.contains("\\") || redirectTo.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(redirectTo);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(redirectTo) : Optional.empty();
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }
}

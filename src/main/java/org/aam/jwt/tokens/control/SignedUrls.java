package org.aam.jwt.tokens.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.aam.jwt.rest.entity.WpError;

/**
 * The {@code signed_url} of a token: a page of this site with the token added as a query parameter. Only pages of
 * this site's origin are accepted, so that a signed URL never carries a token, or a user, to another site.
 */
public final class SignedUrls {

    private SignedUrls() {
    }

    /**
     * @param url     the {@code url} parameter: a path of this site or an absolute URL of the same origin
     * @param siteUrl the site, e.g. {@code https://example.com/aam}
     * @return the absolute page URL
     * @throws WpError 400 for another origin or an unreadable URL
     */
    public static String page(Optional<String> url, String siteUrl) {
        if (url.isEmpty()) {
            return siteUrl + "/";
        }
        String given = url.get().trim();
        URI site = URI.create(siteUrl);
        try {
            URI target = new URI(given);
            if (given.contains("\\") || given.chars().anyMatch(Character::isISOControl)) {
                throw new URISyntaxException(given, "backslash or control character");
            }
            if (!target.isAbsolute() && target.getRawAuthority() == null) {
                return siteUrl + (given.startsWith("/") ? "" : "/") + given;
            }
            if (sameOrigin(site, target)) {
                return given;
            }
        } catch (URISyntaxException unreadable) {
            throw WpError.invalidParam("Invalid parameter(s): url is not a valid URL or path");
        }
        throw WpError.invalidParam("Invalid parameter(s): url must be a path of this site or a URL of "
                + site.getScheme() + "://" + site.getRawAuthority());
    }

    /** Adds {@code name=token} to the query of the page, before any fragment. */
    public static String sign(String page, String parameterName, String token) {
        int hash = page.indexOf('#');
        String beforeFragment = hash < 0 ? page : page.substring(0, hash);
        String fragment = hash < 0 ? "" : page.substring(hash);
        String separator = beforeFragment.contains("?") ? "&" : "?";
        return beforeFragment + separator + parameterName + "=" + token + fragment;
    }

    private static boolean sameOrigin(URI site, URI target) {
        return target.getScheme() != null && target.getHost() != null
                && site.getScheme().equalsIgnoreCase(target.getScheme())
                && site.getHost().toLowerCase(Locale.ROOT).equals(target.getHost().toLowerCase(Locale.ROOT))
                && port(site) == port(target)
                && target.getRawUserInfo() == null;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

package org.aam.jwt.configuration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/**
 * The site's URL, without a trailing slash: {@code site_url} when configured (behind a proxy it must be), else
 * the scheme, host and context path the current request came in by.
 */
@ApplicationScoped
public class SiteUrl {

    @Inject
    Settings settings;

    @Inject
    HttpServletRequest request;

    public String get() {
        return settings.find(Setting.SITE_URL)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(this::ofRequest);
    }

    private String ofRequest() {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String name = request.getServerName();
        // Some servers hand an IPv6 host on with its brackets, others without: bracket it exactly once.
        String host = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}

package org.aam.jwt.configuration.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which {@code Host} names a request may carry while {@code site_url} is unset: the request's host then becomes
 * the tokens' {@code iss}, their {@code signed_url} and the redirect targets, so a host the administrator did not
 * name ({@code Host: evil.example}) must not be served at all.
 */
public final class AllowedHosts {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final boolean anyHost;
    private final Set<String> hosts;

    private AllowedHosts(boolean anyHost, Set<String> hosts) {
        this.anyHost = anyHost;
        this.hosts = hosts;
    }

    /** With {@code site_url} set the host decides nothing, so any is served. */
    public static AllowedHosts of(Settings settings) {
        Set<String> named = Arrays.stream(settings.find(Setting.ALLOWED_HOSTS).orElse("").split(","))
                .map(AllowedHosts::normalised).filter(host -> !host.isEmpty()).collect(Collectors.toSet());
        return new AllowedHosts(settings.find(Setting.SITE_URL).isPresent(),
                Stream.concat(LOOPBACK.stream(), named.stream()).collect(Collectors.toUnmodifiableSet()));
    }

    /** @param host the request's host name, without the port; an IPv6 address with or without its brackets */
    public boolean allows(String host) {
        return anyHost || hosts.contains(normalised(host));
    }

    private static String normalised(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }
}

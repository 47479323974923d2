package org.aam.jwt.authentication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aam.jwt.authentication.entity.Channel;
import org.aam.jwt.authentication.entity.ClientPasswordCredential;
import org.aam.jwt.authentication.entity.JwtCredential;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.rest.boundary.RequestBody;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/**
 * Finds the credential a request presents: the Authorization header (Bearer or Basic), then the token channels
 * enabled by {@code service.jwt.bearer} (query parameter, form parameter, cookie).
 */
@ApplicationScoped
public class CredentialChannels {

    /** A credential and the channel it came by. */
    public record Presented(Credential credential, Optional<Channel> channel) {
    }

    @Inject
    Settings settings;

    private Set<Channel> enabled;
    private String queryParameter;
    private String postParameter;
    private String cookie;

    @PostConstruct
    void configure() {
        try {
            enabled = Channel.parse(settings.get(Setting.BEARER));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidSetting(Setting.BEARER, "names an " + unknown.getMessage());
        }
        queryParameter = settings.get(Setting.QUERY_PARAM_NAME);
        postParameter = settings.get(Setting.POST_PARAM_NAME);
        cookie = settings.get(Setting.COOKIE_NAME);
    }

    /** @throws MalformedCredential for an Authorization header that cannot be read */
    public Optional<Presented> find(HttpServletRequest request) {
        return fromAuthorizationHeader(request.getHeader("Authorization"), request.getRemoteAddr())
                .or(() -> token(Channel.QUERY_PARAM, () -> fromQuery(request)))
                .or(() -> token(Channel.POST_PARAM, () -> fromForm(request)))
                .or(() -> token(Channel.COOKIE, () -> fromCookie(request)));
    }

    private Optional<Presented> fromAuthorizationHeader(String header, String clientAddress) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String[] schemeAndValue = header.trim().split("\\s+", 2);
        String scheme = schemeAndValue[0].toLowerCase(Locale.ROOT);
        String value = schemeAndValue.length > 1 ? schemeAndValue[1].trim() : "";
        if (scheme.equals("bearer") && enabled.contains(Channel.HEADER)) {
            return Optional.of(new Presented(new JwtCredential(value), Optional.of(Channel.HEADER)));
        }
        if (scheme.equals("basic")) {
            return Optional.of(new Presented(basic(value, clientAddress), Optional.empty()));
        }
        return Optional.empty();
    }

    private static ClientPasswordCredential basic(String encoded, String clientAddress) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new MalformedCredential("The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new MalformedCredential("The Basic credentials must be username:password");
        }
        return new ClientPasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress);
    }

    private Optional<Presented> token(Channel channel, Supplier<Optional<String>> source) {
        if (!enabled.contains(channel)) {
            return Optional.empty();
        }
        return source.get().filter(t -> !t.isBlank())
                .map(t -> new Presented(new JwtCredential(t), Optional.of(channel)));
    }

    private Optional<String> fromQuery(HttpServletRequest request) {
        try {
            return Optional.ofNullable(Parameters.decodeUrlEncoded(request.getQueryString()).get(queryParameter));
        } catch (WpError malformedQuery) {
            return Optional.empty();
        }
    }

    private Optional<String> fromForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Parameters.decodeUrlEncoded(RequestBody.of(request)).get(postParameter));
        } catch (WpError tooLargeOrMalformed) {
            // The REST API answers that itself (413 or 400); no credential here.
            return Optional.empty();
        }
    }

    private Optional<String> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> cookie.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /** An Authorization header that is there but cannot be read. */
    public static class MalformedCredential extends RuntimeException {
        public MalformedCredential(String message) {
            super(message, null, false, false);
        }
    }
}

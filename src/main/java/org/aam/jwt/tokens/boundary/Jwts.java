package org.aam.jwt.tokens.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aam.jwt.configuration.boundary.SiteUrl;
import org.aam.jwt.tokens.control.SignedUrls;
import org.aam.jwt.tokens.control.OpenedTokens;
import org.aam.jwt.tokens.control.TokenPolicy;
import org.aam.jwt.tokens.entity.CheckedToken;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.tokens.entity.UserToken;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.control.JsonBuilders;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/**
 * The Java developer API: what code deployed with the service injects to manage a user's tokens, as AAM's
 * {@code AAM_Framework_Manager::jwts} does in PHP. The caller never handles the algorithm, the key or the
 * mandatory claims:
 *
 * <pre>{@code
 * @Inject Jwts jwts;
 * String token = jwts.forUser(1).create(Map.of("exp", expiry, "department", "IT")).token();
 * }</pre>
 *
 * <p>It runs the same code as the REST API, with the same rules and errors ({@link WpError} with the API's
 * status and code), but checks no caller rights: the code that calls it decides who may do what. There is no
 * {@code update}: changing a token changes all of it, so delete it and create another.
 *
 * <p>Tokens carry {@code iss} and their {@code signed_url} from {@code site_url}; without that setting they
 * take the URL of the current HTTP request, so outside a request {@code site_url} must be configured.
 */
@ApplicationScoped
public class Jwts {

    /** The claims the developer API reads as the token's settings rather than as additional claims. */
    private static final Set<String> OWN_CLAIMS = Set.of("exp", "refreshable", "revocable");

    @Inject
    Tokens tokens;

    @Inject
    Users users;

    @Inject
    TokenPolicy policy;

    @Inject
    SiteUrl site;

    @Inject
    OpenedTokens opened;

    /**
     * The tokens of one user.
     *
     * @param userId the user's id
     * @throws WpError 404 {@code rest_user_not_found} when there is no such user
     */
    public UserJwts forUser(long userId) {
        return new UserJwts(users.get(userId).id());
    }

    /** One user's tokens. Each call reads the database afresh: an instance may be kept and reused. */
    public final class UserJwts {

        private final long userId;

        private UserJwts(long userId) {
            this.userId = userId;
        }

        /** @return the user's registered tokens, oldest first, each with whether it works now */
        public List<UserToken> list() {
            User owner = users.get(userId);
            Instant now = Instant.now();
            String page = page();
            return tokens.listChecked(owner, now).stream()
                    .map(checked -> view(checked.token(), checked.problem(), page)).toList();
        }

        /**
         * @param id the token's {@code jti}
         * @throws WpError 404 {@code rest_not_found} unless the user has a token with this id
         */
        public UserToken get(String id) {
            CheckedToken checked = tokens.getChecked(users.get(userId), id, Instant.now());
            return view(checked.token(), checked.problem(), page());
        }

        /**
         * Issues a token for the user and registers it (when the registry is full, the oldest token leaves it).
         *
         * @param claims {@code exp} (seconds since the epoch; default {@code service.jwt.expires_in}),
         *               {@code refreshable} and {@code revocable} (booleans; defaults {@code false} and
         *               {@code service.jwt.is_revocable}), and any claims of your own. Values are strings, numbers,
         *               booleans, lists, maps or JSON-P values.
         * @return the new token
         * @throws WpError 400 {@code rest_invalid_param} for an expiry in the past or beyond
         *                 {@code service.jwt.max_expires_in}, a reserved claim name ({@code iss}, {@code sub},
         *                 {@code jti}, {@code userId}, ...) or a value that is not JSON
         */
        public UserToken create(Map<String, ?> claims) {
            Token token = tokens.issue(users.get(userId), requestOf(claims, Instant.now()), siteUrl());
            return view(token, Optional.empty(), page());
        }

        /**
         * Deletes a token, which revokes it if it is revocable.
         *
         * @param id the token's {@code jti}
         * @return the deleted token, with whether it still works (only a token that is not revocable does)
         * @throws WpError 404 {@code rest_not_found} unless the user has a token with this id
         */
        public UserToken delete(String id) {
            Token token = tokens.delete(userId, id);
            return view(token, tokens.problemOfDeleted(token, users.get(userId), Instant.now()), page());
        }

        /** @return how many tokens were deleted */
        public int reset() {
            return tokens.reset(userId);
        }
    }

    /** The developer API's claims: {@code exp}, {@code refreshable} and {@code revocable} are the token's own. */
    private TokenRequest requestOf(Map<String, ?> claims, Instant now) {
        JsonObject given;
        try {
            given = JsonBuilders.object(Map.copyOf(claims)).build();
        } catch (IllegalArgumentException | NullPointerException notJson) {
            throw WpError.invalidParam("Invalid parameter(s): claims must map names to strings, numbers, booleans, "
                    + "lists or maps");
        }
        JsonObjectBuilder additional = JsonBuilders.object();
        given.forEach((name, value) -> {
            if (!OWN_CLAIMS.contains(name)) {
                additional.add(name, value);
            }
        });
        return policy.request(Optional.ofNullable(given.get("exp")).map(Jwts::expiresAt),
                Optional.ofNullable(given.get("refreshable")).map(value -> Parameters.bool(value, "refreshable")),
                Optional.ofNullable(given.get("revocable")).map(value -> Parameters.bool(value, "revocable")),
                additional.build(), now);
    }

    private static Instant expiresAt(JsonValue exp) {
        if (exp instanceof JsonNumber seconds && seconds.isIntegral()) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        throw WpError.invalidParam("Invalid parameter(s): exp (must be a number of seconds since the epoch)");
    }

    private String siteUrl() {
        try {
            return site.get();
        } catch (ContextNotActiveException outsideARequest) {
            throw new IllegalStateException("Configure site_url to issue tokens outside an HTTP request", outsideARequest);
        }
    }

    private String page() {
        return SignedUrls.page(Optional.empty(), siteUrl());
    }

    private UserToken view(Token token, Optional<String> problem, String page) {
        return TokenJson.view(token, opened.of(token), problem, page, policy.queryParameterName());
    }
}

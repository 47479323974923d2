package org.aam.jwt.tokens.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.tokens.entity.TokenRequest;
import org.aam.jwt.rest.control.Parameters;
import org.aam.jwt.rest.entity.WpError;

/** How tokens are issued, from configuration. */
public record TokenPolicy(Expiry expiry, int registrySize, boolean revocableByDefault, String queryParameterName) {

    /**
     * The token a create asks for, checked: {@code expires_at}, {@code expires_in}, {@code is_refreshable},
     * {@code is_revocable} and {@code additional_claims}. The REST API and the Java developer API both come here.
     *
     * @throws WpError 400 naming what is wrong
     */
    public TokenRequest requestFrom(Parameters parameters, Instant now) {
        return new TokenRequest(
                expiry.resolve(parameters.string("expires_at"), parameters.string("expires_in"), now),
                parameters.bool("is_refreshable").orElse(false),
                parameters.bool("is_revocable").orElse(revocableByDefault),
                ClaimSet.checkAdditional(parameters.object("additional_claims").orElse(JsonValue.EMPTY_JSON_OBJECT)));
    }

    /**
     * The token the Java developer API asks for, checked by the same rules as a REST create.
     *
     * @param expiresAt empty for the configured default lifetime
     * @throws WpError 400 naming what is wrong
     */
    public TokenRequest request(Optional<Instant> expiresAt, Optional<Boolean> refreshable,
            Optional<Boolean> revocable, JsonObject additionalClaims, Instant now) {
        long exp = expiresAt.map(at -> expiry.checked(at, now))
                .orElseGet(() -> expiry.resolve(Optional.empty(), Optional.empty(), now));
        return new TokenRequest(exp, refreshable.orElse(false), revocable.orElse(revocableByDefault),
                ClaimSet.checkAdditional(additionalClaims));
    }

    public static TokenPolicy of(Settings settings) {
        Expiry expiry;
        try {
            expiry = new Expiry(settings.get(Setting.EXPIRES_IN), settings.get(Setting.MAX_EXPIRES_IN));
        } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
            throw new InvalidSetting(Setting.EXPIRES_IN, "and " + Setting.MAX_EXPIRES_IN.key()
                    + " must be relative times such as +24 hours or +1 year");
        }
        return new TokenPolicy(expiry, settings.integer(Setting.REGISTRY_SIZE, 1), settings.bool(Setting.IS_REVOCABLE),
                settings.get(Setting.QUERY_PARAM_NAME));
    }
}

package org.aam.jwt.tokens.control;

import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;

/** How tokens are issued, from configuration. */
public record TokenPolicy(Expiry expiry, int registrySize, boolean revocableByDefault, String queryParameterName) {

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

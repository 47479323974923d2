package org.aam.jwt.tokens.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.aam.jwt.configuration.control.DataFolder;
import org.aam.jwt.configuration.control.InvalidSetting;
import org.aam.jwt.configuration.control.Setting;
import org.aam.jwt.configuration.control.Settings;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.HashUtil;

/**
 * Loads the signing key at start-up: {@code service.jwt.signing_secret}, or else a secret generated once with
 * {@link SecureRandom} and kept owner-only in the data folder. A secret shorter than its algorithm's hash stops
 * the start-up: jose4j would refuse it anyway, but only at the first request.
 */
public final class SigningKeys {

    static final String GENERATED_SECRET_FILE = "jwt-signing-secret";
    private static final Map<String, Integer> HMAC_MINIMUM_BYTES = Map.of("HS256", 32, "HS384", 48, "HS512", 64);
    private static final int GENERATED_SECRET_BYTES = 64;

    private SigningKeys() {
    }

    public static SigningKey load(Settings settings, DataFolder data) {
        String algorithm = settings.get(Setting.SIGNING_ALGORITHM).trim().toUpperCase(java.util.Locale.ROOT);
        Integer minimumBytes = HMAC_MINIMUM_BYTES.get(algorithm);
        if (minimumBytes == null) {
            throw new InvalidSetting(Setting.SIGNING_ALGORITHM, "is " + algorithm + "; this version signs with HS256, "
                    + "HS384 or HS512");
        }
        byte[] secret = settings.find(Setting.SIGNING_SECRET)
                .map(configured -> configured.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> Base64.getUrlDecoder().decode(data.secret(GENERATED_SECRET_FILE, SigningKeys::newSecret)));
        if (secret.length < minimumBytes) {
            throw new InvalidSetting(Setting.SIGNING_SECRET, "is " + secret.length + " bytes long; " + algorithm
                    + " needs at least " + minimumBytes + " bytes (" + minimumBytes * 8 + " bits). Use a longer random "
                    + "secret, or remove it to have one generated in the data folder");
        }
        HmacKey key = new HmacKey(secret);
        return new SigningKey(algorithm, keyId(key), key, key);
    }

    private static String newSecret() {
        byte[] secret = new byte[GENERATED_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The RFC 7638 thumbprint: the same key always gets the same {@code kid}, on every instance. */
    private static String keyId(HmacKey key) {
        return new OctetSequenceJsonWebKey(key).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    }
}

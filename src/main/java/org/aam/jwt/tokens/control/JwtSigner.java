package org.aam.jwt.tokens.control;

import org.aam.jwt.keys.entity.SigningKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Signs a claim set; the header carries {@code typ}, {@code alg} and the {@code kid} of the key. */
public final class JwtSigner {

    private JwtSigner() {
    }

    /** @param claimsJson the payload, a JSON object */
    public static String sign(SigningKey key, String claimsJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(key.algorithm().name());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setPayload(claimsJson);
        jws.setKey(key.signingKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException failure) {
            throw new IllegalStateException("Cannot sign with " + key, failure);
        }
    }
}

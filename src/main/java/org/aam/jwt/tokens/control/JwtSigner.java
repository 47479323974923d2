package org.aam.jwt.tokens.control;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/** Signs a claim set with the service's key. */
public class JwtSigner {

    private final SigningKey key;

    public JwtSigner(SigningKey key) {
        this.key = key;
    }

    /** @param claimsJson the payload, a JSON object */
    public String sign(String claimsJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(key.algorithm());
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

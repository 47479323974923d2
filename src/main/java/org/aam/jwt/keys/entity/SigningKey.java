package org.aam.jwt.keys.entity;

import java.security.Key;

/**
 * A key this service signs or verifies with, and the algorithm it is pinned to: a token is verified with the
 * configured algorithm only, whatever its header says. For HMAC both keys are the secret.
 *
 * @param keyId the {@code kid} header of the tokens it signs: the RFC 7638 thumbprint, the same on every instance
 */
public record SigningKey(SigningAlgorithm algorithm, String keyId, Key signingKey, Key verificationKey) {

    @Override
    public String toString() {
        return "SigningKey[" + algorithm + ", kid " + keyId + "]";
    }
}

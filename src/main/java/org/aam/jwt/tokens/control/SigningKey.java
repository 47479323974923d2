package org.aam.jwt.tokens.control;

import java.security.Key;

/**
 * The key this service signs with and the algorithm it is pinned to: a token is verified with this algorithm
 * only, whatever its header says.
 *
 * @param keyId the {@code kid} header of the tokens it signs
 */
public record SigningKey(String algorithm, String keyId, Key signingKey, Key verificationKey) {

    @Override
    public String toString() {
        return "SigningKey[" + algorithm + ", kid " + keyId + "]";
    }
}

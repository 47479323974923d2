package org.aam.jwt.tokens.entity;

/**
 * A freshly signed token and what the registry keeps of it.
 *
 * @param keyId the {@code kid} of the key that signed it
 */
public record IssuedJwt(String compact, String jti, String keyId, long issuedAt, long expiresAt, boolean refreshable,
        boolean revocable) {
}

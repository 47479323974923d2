package org.aam.jwt.tokens.entity;

/** A freshly signed token and the claims the registry keeps of it. */
public record IssuedJwt(String compact, String jti, long issuedAt, long expiresAt, boolean refreshable,
        boolean revocable) {
}

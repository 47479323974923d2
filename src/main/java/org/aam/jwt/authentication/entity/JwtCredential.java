package org.aam.jwt.authentication.entity;

import jakarta.security.enterprise.credential.Credential;

/**
 * A token presented by a caller. The identity store writes its verdict back here, because a
 * CredentialValidationResult has no place for the reason a token was refused, and the client is told that reason.
 */
public class JwtCredential implements Credential {

    private final String token;
    private String refusal;

    public JwtCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public void refuse(String reason) {
        this.refusal = reason;
    }

    public String refusal() {
        return refusal == null ? "Token is not valid" : refusal;
    }
}

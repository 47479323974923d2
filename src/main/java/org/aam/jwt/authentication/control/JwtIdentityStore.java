package org.aam.jwt.authentication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.aam.jwt.authentication.entity.JwtCredential;
import org.aam.jwt.tokens.boundary.Tokens;
import org.aam.jwt.tokens.control.InvalidToken;

/** Accepts a token that this service issued and that still works; every channel ends up here. */
@ApplicationScoped
public class JwtIdentityStore implements IdentityStore {

    @Inject
    Tokens tokens;

    // Dispatched here rather than by the interface's reflective default, which WildFly caches across redeployments.
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof JwtCredential jwt ? validate(jwt) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validate(JwtCredential credential) {
        try {
            return CallerResults.of(tokens.authenticate(credential.token()).owner());
        } catch (InvalidToken refused) {
            credential.refuse(refused.getMessage());
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}

package org.aam.jwt.authentication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    public CredentialValidationResult validate(JwtCredential credential) {
        try {
            return CallerResults.of(tokens.verify(credential.token()).owner());
        } catch (InvalidToken refused) {
            credential.refuse(refused.getMessage());
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}

package org.aam.jwt.authentication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;

/** HTTP Basic: an active user with this password. */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    Users users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.withPassword(credential.getCaller(), credential.getPasswordAsString())
                .filter(User::isActive)
                .map(CallerResults::of)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

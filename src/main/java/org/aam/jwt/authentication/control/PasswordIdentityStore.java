package org.aam.jwt.authentication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.aam.jwt.authentication.entity.ClientPasswordCredential;
import org.aam.jwt.users.boundary.Users;
import org.aam.jwt.users.entity.User;

/** HTTP Basic: an active user with this password. */
@ApplicationScoped
public class PasswordIdentityStore implements IdentityStore {

    @Inject
    Users users;

    // Dispatched here rather than by the interface's reflective default, which WildFly caches across redeployments.
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? validate(password)
                : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String address = credential instanceof ClientPasswordCredential client ? client.clientAddress() : "";
        return users.withPassword(credential.getCaller(), credential.getPasswordAsString(), address)
                .filter(User::isActive)
                .map(CallerResults::of)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

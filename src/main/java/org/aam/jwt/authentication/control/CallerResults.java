package org.aam.jwt.authentication.control;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.aam.jwt.authentication.entity.UserPrincipal;
import org.aam.jwt.users.entity.User;

/** A user as the container should see them: the username as principal, the id as unique id, rights as groups. */
final class CallerResults {

    private CallerResults() {
    }

    static CredentialValidationResult of(User user) {
        return new CredentialValidationResult(null, new UserPrincipal(user), null,
                String.valueOf(user.id()), user.roleNames());
    }
}

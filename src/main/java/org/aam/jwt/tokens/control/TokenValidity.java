package org.aam.jwt.tokens.control;

import java.util.Optional;
import org.aam.jwt.users.entity.User;

/**
 * Why a token no longer works because of its owner, from what the database knows. Written once for both uses: a
 * presented token (after its signature is checked) and a listed one (whose {@code is_valid} is worked out per
 * request without checking its signature again).
 */
public final class TokenValidity {

    private TokenValidity() {
    }

    /** @return the reason the owner's change stops a token issued at {@code issuedAt}, or empty */
    public static Optional<String> ownerProblem(Optional<User> owner, long issuedAt) {
        if (owner.isEmpty()) {
            return Optional.of("User no longer exists");
        }
        if (!owner.get().isActive()) {
            return Optional.of("User is inactive");
        }
        if (!owner.get().acceptsTokenIssuedAt(issuedAt)) {
            return Optional.of("Token was issued before the user's password or status changed");
        }
        return Optional.empty();
    }
}

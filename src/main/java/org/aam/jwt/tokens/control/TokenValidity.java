package org.aam.jwt.tokens.control;

import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.keys.entity.KeyStatus;
import org.aam.jwt.tokens.entity.Token;
import org.aam.jwt.tokens.entity.TokenProblem;
import org.aam.jwt.users.entity.User;

/**
 * The one validity check: every reason a token does not work, in one order, so that a listed token's
 * {@code is_valid}, {@code /jwt/validate}, refresh, revoke, the signed-URL login, the console and the authentication
 * mechanism can never disagree. A presented token first passes {@link JwtVerifier} (its signature and structure,
 * with the same idea of a known key); a registered token is checked from its row, without its signature.
 *
 * <p>The order: the key is known and of the configured algorithm, the token has not expired, its key is not
 * retired, a revocable token is registered, its owner exists, is active and has not changed password or rights
 * since it was issued. ({@code nbf} is a reserved claim this service never issues; the verifier refuses a token
 * not valid yet before any of these.)
 */
public final class TokenValidity {

    private TokenValidity() {
    }

    /**
     * What is known of a token at a check.
     *
     * @param registered whether its row is in the owner's registry now
     */
    public record Facts(KeyStatus key, long expiresAt, long issuedAt, boolean revocable, boolean registered,
            Optional<User> owner) {

        /** A token read from its row. */
        public static Facts of(Token token, KeyStatus key, boolean registered, Optional<User> owner) {
            return new Facts(key, token.expiresAt(), token.issuedAt(), token.isRevocable(), registered, owner);
        }
    }

    /** @return the first reason the token does not work at {@code now}, or empty */
    public static Optional<TokenProblem> problemOf(Facts token, Instant now) {
        if (token.key() == KeyStatus.UNKNOWN) {
            return Optional.of(TokenProblem.UNKNOWN_KEY);
        }
        if (now.getEpochSecond() >= token.expiresAt()) {
            return Optional.of(TokenProblem.EXPIRED);
        }
        if (token.key() == KeyStatus.RETIRED) {
            return Optional.of(TokenProblem.RETIRED_KEY);
        }
        // A token that is not revocable keeps working outside the registry: that is what it promises.
        if (token.revocable() && !token.registered()) {
            return Optional.of(TokenProblem.REVOKED);
        }
        return ownerProblem(token.owner(), token.issuedAt());
    }

    private static Optional<TokenProblem> ownerProblem(Optional<User> owner, long issuedAt) {
        if (owner.isEmpty()) {
            return Optional.of(TokenProblem.USER_GONE);
        }
        if (!owner.get().isActive()) {
            return Optional.of(TokenProblem.USER_INACTIVE);
        }
        if (!owner.get().acceptsTokenIssuedAt(issuedAt)) {
            return Optional.of(TokenProblem.USER_CHANGED);
        }
        return Optional.empty();
    }
}

package org.aam.jwt.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.keys.entity.KeyStatus;
import org.aam.jwt.tokens.control.TokenValidity.Facts;
import org.aam.jwt.tokens.entity.TokenProblem;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.users.entity.UserStatus;
import org.junit.jupiter.api.Test;

class TokenValidityTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final long ISSUED = NOW.getEpochSecond() - 60;
    private static final long LATER = NOW.getEpochSecond() + 3600;
    private static final long EARLIER = NOW.getEpochSecond() - 1;

    private static Optional<TokenProblem> check(KeyStatus key, long expiresAt, boolean revocable, boolean registered,
            Optional<User> owner) {
        return TokenValidity.problemOf(new Facts(key, expiresAt, ISSUED, revocable, registered, owner), NOW);
    }

    private static Optional<User> activeOwner() {
        return Optional.of(new User("owner", "hash", NOW.minusSeconds(3600)));
    }

    @Test
    void aWorkingTokenHasNoProblem() {
        assertEquals(Optional.empty(), check(KeyStatus.VERIFIES, LATER, true, true, activeOwner()));
    }

    @Test
    void aKeyOfAnotherAlgorithmComesBeforeEveryOtherReason() {
        assertEquals(Optional.of(TokenProblem.UNKNOWN_KEY),
                check(KeyStatus.UNKNOWN, EARLIER, true, false, Optional.empty()));
    }

    @Test
    void expiryComesBeforeARetiredKeyAsTheVerifierOfAPresentedTokenFindsIt() {
        assertEquals(Optional.of(TokenProblem.EXPIRED), check(KeyStatus.RETIRED, EARLIER, true, false, Optional.empty()));
        assertEquals(Optional.of(TokenProblem.EXPIRED),
                check(KeyStatus.VERIFIES, NOW.getEpochSecond(), true, true, activeOwner()));
    }

    @Test
    void aRetiredKeyComesBeforeRevocation() {
        assertEquals(Optional.of(TokenProblem.RETIRED_KEY),
                check(KeyStatus.RETIRED, LATER, true, false, activeOwner()));
    }

    @Test
    void onlyARevocableTokenNeedsItsRegistration() {
        assertEquals(Optional.of(TokenProblem.REVOKED), check(KeyStatus.VERIFIES, LATER, true, false, Optional.empty()));
        assertEquals(Optional.empty(), check(KeyStatus.VERIFIES, LATER, false, false, activeOwner()));
    }

    @Test
    void theOwnerIsCheckedLast() {
        assertEquals(Optional.of(TokenProblem.USER_GONE), check(KeyStatus.VERIFIES, LATER, false, false, Optional.empty()));
        User inactive = activeOwner().orElseThrow();
        inactive.changeStatus(UserStatus.INACTIVE, NOW.minusSeconds(10));
        assertEquals(Optional.of(TokenProblem.USER_INACTIVE),
                check(KeyStatus.VERIFIES, LATER, true, true, Optional.of(inactive)));
        User changed = activeOwner().orElseThrow();
        changed.changePassword("new-hash", NOW.minusSeconds(10));
        assertEquals(Optional.of(TokenProblem.USER_CHANGED),
                check(KeyStatus.VERIFIES, LATER, true, true, Optional.of(changed)));
    }
}

package org.aam.jwt.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aNewPasswordStopsEveryTokenIssuedUpToThatSecond() {
        User user = new User("u", "hash", CREATED);
        Instant change = CREATED.plusMillis(100_500);
        long before = CREATED.plusSeconds(100).getEpochSecond();
        assertTrue(user.acceptsTokenIssuedAt(before));
        user.changePassword("new", change);
        assertFalse(user.acceptsTokenIssuedAt(before), "a token of the same second may predate the change");
        long issuedRightAfter = user.issuedAtFor(change.plusMillis(200));
        assertEquals(before + 1, issuedRightAfter, "tokens issued in the rest of that second carry the next one");
        assertTrue(user.acceptsTokenIssuedAt(issuedRightAfter));
        assertEquals(change.plusSeconds(5).getEpochSecond(), user.issuedAtFor(change.plusSeconds(5)));
    }

    @Test
    void deactivationStopsEarlierTokensAndReactivationDoesNotRevive() {
        User user = new User("u", "hash", CREATED);
        long earlier = CREATED.plusSeconds(10).getEpochSecond();
        user.changeStatus(UserStatus.INACTIVE, CREATED.plusSeconds(20));
        assertFalse(user.isActive());
        user.changeStatus(UserStatus.ACTIVE, CREATED.plusSeconds(30));
        assertTrue(user.isActive());
        assertFalse(user.acceptsTokenIssuedAt(earlier));
    }

    @Test
    void rightsAreRolesAndCapabilitiesByTheirRoleNames() {
        User user = new User("u", "hash", CREATED);
        user.grant(Set.of(Role.EDITOR), Set.of(Capability.AAM_MANAGER), CREATED);
        assertEquals(Set.of("editor", "aam_manager"), user.roleNames());
        user.grant(null, Set.of(), CREATED);
        assertEquals(Set.of("editor"), user.roleNames(), "null keeps the roles");
        assertFalse(user.isAdministrator());
    }

    @Test
    void losingAnyRightStopsEarlierTokensAndGainingOneDoesNot() {
        User user = new User("u", "hash", CREATED);
        user.grant(Set.of(Role.ADMINISTRATOR), Set.of(Capability.AAM_MANAGER), CREATED);
        long earlier = CREATED.getEpochSecond() + 5;
        user.grant(Set.of(Role.ADMINISTRATOR, Role.EDITOR), null, CREATED.plusSeconds(10));
        assertTrue(user.acceptsTokenIssuedAt(earlier), "a right gained changes no earlier token");
        user.grant(Set.of(Role.SUBSCRIBER), null, CREATED.plusSeconds(20));
        assertFalse(user.acceptsTokenIssuedAt(earlier), "a demoted administrator's tokens stop");
        long afterDemotion = user.issuedAtFor(CREATED.plusSeconds(20));
        assertTrue(user.acceptsTokenIssuedAt(afterDemotion));
        user.grant(null, Set.of(), CREATED.plusSeconds(30));
        assertFalse(user.acceptsTokenIssuedAt(afterDemotion), "so does the loss of a capability");
    }
}

package org.aam.jwt.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A directory user's record follows the directory the way an administrator's changes would. */
class DirectoryUserTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LATER = START.plusSeconds(60);

    private static User manager() {
        User user = User.fromDirectory("6534b8e8-82d8-1041-8bc6-d908f783ec9f", "mark", START);
        user.followDirectory("mark", "Mark", null, Set.of(), Set.of(Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT),
                true, START);
        return user;
    }

    @Test
    void aDirectoryUserHasNoPasswordOfItsOwn() {
        User user = manager();
        assertEquals(UserSource.LDAP, user.source());
        assertEquals("", user.passwordHash());
        assertTrue(user.isActive());
    }

    @Test
    void losingAMappedGroupStopsEveryEarlierToken() {
        User user = manager();
        long issued = user.issuedAtFor(START);
        user.followDirectory("mark", "Mark", null, Set.of(), Set.of(Capability.AAM_MANAGER), true, LATER);
        assertFalse(user.acceptsTokenIssuedAt(issued));
        assertTrue(user.isActive());
    }

    @Test
    void theSameGroupsAgainStopNothing() {
        User user = manager();
        long issued = user.issuedAtFor(START);
        user.followDirectory("mark", "Mark", null, Set.of(), Set.of(Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT),
                true, LATER);
        assertTrue(user.acceptsTokenIssuedAt(issued));
    }

    @Test
    void disabledOrGoneInTheDirectoryIsInactiveAndStopsEveryEarlierToken() {
        User disabled = manager();
        long issued = disabled.issuedAtFor(START);
        disabled.followDirectory("mark", "Mark", null, Set.of(), Set.of(Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT),
                false, LATER);
        assertEquals(UserStatus.INACTIVE, disabled.status());
        assertFalse(disabled.acceptsTokenIssuedAt(issued));

        User gone = manager();
        gone.leftDirectory(LATER);
        assertFalse(gone.isActive());
        assertFalse(gone.acceptsTokenIssuedAt(issued));
    }

    @Test
    void theDirectoryEnablingAnAccountDoesNotUndoAnAdministratorsDeactivation() {
        User user = manager();
        user.changeStatus(UserStatus.INACTIVE, LATER);
        user.followDirectory("mark", "Mark", null, Set.of(), Set.of(Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT),
                true, LATER.plusSeconds(60));
        assertFalse(user.isActive());
    }
}

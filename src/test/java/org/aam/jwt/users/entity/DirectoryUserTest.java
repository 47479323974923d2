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
        follow(user, true, START, Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT);
        return user;
    }

    /** What the directory says of mark at {@code now}. */
    private static void follow(User user, boolean active, Instant now, Capability... capabilities) {
        user.followDirectory("mark", "Mark", null, Set.of(), Set.of(capabilities), active, now);
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
        follow(user, true, LATER, Capability.AAM_MANAGER);
        assertFalse(user.acceptsTokenIssuedAt(issued));
        assertTrue(user.isActive());
    }

    @Test
    void theSameGroupsAgainStopNothing() {
        User user = manager();
        long issued = user.issuedAtFor(START);
        follow(user, true, LATER, Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT);
        assertTrue(user.acceptsTokenIssuedAt(issued));
    }

    @Test
    void disabledOrGoneInTheDirectoryIsInactiveAndStopsEveryEarlierToken() {
        User disabled = manager();
        long issued = disabled.issuedAtFor(START);
        follow(disabled, false, LATER, Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT);
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
        follow(user, true, LATER.plusSeconds(60), Capability.AAM_MANAGER, Capability.AAM_MANAGE_JWT);
        assertFalse(user.isActive());
    }
}

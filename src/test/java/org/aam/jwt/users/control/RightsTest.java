package org.aam.jwt.users.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RightsTest {

    private static Predicate<String> holding(String... roles) {
        return Set.of(roles)::contains;
    }

    @Test
    void administratorsManageTokens() {
        assertTrue(Rights.mayManageTokens(holding("administrator")));
    }

    @Test
    void bothCapabilitiesAreNeededWithoutTheAdministratorRole() {
        assertTrue(Rights.mayManageTokens(holding("subscriber", "aam_manager", "aam_manage_jwt")));
        assertFalse(Rights.mayManageTokens(holding("subscriber", "aam_manager")));
        assertFalse(Rights.mayManageTokens(holding("subscriber", "aam_manage_jwt")));
        assertFalse(Rights.mayManageTokens(holding("editor")));
    }

    @Test
    void aManagerCannotReachAUserWithMoreRights() {
        Predicate<String> manager = holding("subscriber", "aam_manager", "aam_manage_jwt");
        assertFalse(Rights.mayManageTokensOf(manager, Set.of("administrator")));
        assertFalse(Rights.mayManageTokensOf(manager, Set.of("subscriber", "aam_issue_refreshable_jwt")));
        assertFalse(Rights.mayManageTokensOf(manager, Set.of("editor")));
        assertTrue(Rights.mayManageTokensOf(manager, Set.of("subscriber")));
        assertTrue(Rights.mayManageTokensOf(manager, Set.of("subscriber", "aam_manager", "aam_manage_jwt")));
        assertTrue(Rights.mayManageTokensOf(manager, Set.of()));
    }

    @Test
    void anAdministratorReachesEveryone() {
        assertTrue(Rights.mayManageTokensOf(holding("administrator"), Set.of("administrator", "aam_manager")));
    }
}

package org.aam.jwt.users.control;

import java.util.Set;
import java.util.function.Predicate;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.Role;

/**
 * Who may manage whose tokens. {@code holds} answers whether the caller holds a security role; the container
 * answers it, so realm groups mapped onto these roles count too.
 */
public final class Rights {

    private static final String ADMINISTRATOR = Role.ADMINISTRATOR.roleName();

    private Rights() {
    }

    /** An administrator, or a holder of both {@code aam_manager} and {@code aam_manage_jwt}. */
    public static boolean mayManageTokens(Predicate<String> holds) {
        return holds.test(ADMINISTRATOR)
                || (holds.test(Capability.AAM_MANAGER.roleName()) && holds.test(Capability.AAM_MANAGE_JWT.roleName()));
    }

    /**
     * A caller who is not an administrator manages only users whose roles and capabilities are all the caller's
     * own: no token for an administrator, nor for anyone holding a right the caller lacks.
     */
    public static boolean mayManageTokensOf(Predicate<String> holds, Set<String> ownerRoleNames) {
        return holds.test(ADMINISTRATOR) || ownerRoleNames.stream().allMatch(holds);
    }

    public static boolean isAdministrator(Predicate<String> holds) {
        return holds.test(ADMINISTRATOR);
    }
}

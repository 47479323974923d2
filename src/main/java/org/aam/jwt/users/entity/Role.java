package org.aam.jwt.users.entity;

import java.util.Optional;

/** The WordPress roles a user can have. */
public enum Role implements Right {
    ADMINISTRATOR, EDITOR, AUTHOR, CONTRIBUTOR, SUBSCRIBER;

    @Override
    public String roleName() {
        return ApiNames.of(this);
    }

    public static Optional<Role> of(String name) {
        return ApiNames.parse(Role.class, name);
    }
}

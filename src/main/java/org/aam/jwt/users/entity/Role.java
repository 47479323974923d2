package org.aam.jwt.users.entity;

/** The WordPress roles a user can have. */
public enum Role implements Right {
    ADMINISTRATOR, EDITOR, AUTHOR, CONTRIBUTOR, SUBSCRIBER;

    @Override
    public String roleName() {
        return ApiNames.of(this);
    }
}

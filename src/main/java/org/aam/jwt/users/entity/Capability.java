package org.aam.jwt.users.entity;

/** The AAM capabilities that matter to the JWT service. */
public enum Capability implements Right {
    /** With {@link #AAM_MANAGE_JWT}: may manage tokens without being an administrator. */
    AAM_MANAGER,
    AAM_MANAGE_JWT,
    /** May ask {@code /authenticate} for a refreshable token. */
    AAM_ISSUE_REFRESHABLE_JWT;

    @Override
    public String roleName() {
        return ApiNames.of(this);
    }
}

package org.aam.jwt.users.entity;

/** Where a user comes from: the service's own users, or the company directory (config/ldap.md). */
public enum UserSource {
    LOCAL, LDAP;

    public String apiName() {
        return ApiNames.of(this);
    }
}

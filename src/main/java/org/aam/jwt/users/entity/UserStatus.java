package org.aam.jwt.users.entity;

import java.util.Optional;

public enum UserStatus {
    ACTIVE, INACTIVE;

    public String apiName() {
        return ApiNames.of(this);
    }

    public static Optional<UserStatus> of(String name) {
        return ApiNames.parse(UserStatus.class, name);
    }
}

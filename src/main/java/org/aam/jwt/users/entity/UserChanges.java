package org.aam.jwt.users.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A partial update of a user: a null member is left as it is. */
public record UserChanges(
        @Size(min = 8, max = 1024, message = "must be 8 to 1024 characters")
        String password,
        @Size(max = 250, message = "must be at most 250 characters")
        String displayName,
        @Email(message = "must be an email address")
        @Size(max = 100, message = "must be at most 100 characters")
        String email,
        Set<Role> roles,
        Set<Capability> capabilities,
        UserStatus status) {

    static final String USERNAME = "[A-Za-z0-9._@-]*";
}

package org.aam.jwt.users.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What it takes to create a user. */
public record NewUser(
        @NotBlank(message = "is required")
        @Size(max = 60, message = "must be at most 60 characters")
        @Pattern(regexp = UserChanges.USERNAME, message = "may contain only letters, digits and . _ @ -")
        String username,
        @NotNull(message = "is required")
        @Size(min = 8, max = 1024, message = "must be 8 to 1024 characters")
        String password,
        @Size(max = 250, message = "must be at most 250 characters")
        String displayName,
        @Email(message = "must be an email address")
        @Size(max = 100, message = "must be at most 100 characters")
        String email,
        @NotNull Set<Role> roles,
        @NotNull Set<Capability> capabilities) {
}

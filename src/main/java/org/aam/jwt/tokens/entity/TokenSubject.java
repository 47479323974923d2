package org.aam.jwt.tokens.entity;

import java.util.List;
import org.aam.jwt.users.entity.User;

/**
 * Whom a token is about, as its claims name them: {@code userId} and {@code sub} for AAM, {@code upn} and
 * {@code groups} for MicroProfile JWT consumers (their principal and roles).
 */
public record TokenSubject(long userId, String username, List<String> groups) {

    public static TokenSubject of(User user) {
        return new TokenSubject(user.id(), user.username(), user.roleNames().stream().sorted().toList());
    }
}

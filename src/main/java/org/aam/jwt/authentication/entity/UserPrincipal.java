package org.aam.jwt.authentication.entity;

import jakarta.security.enterprise.CallerPrincipal;
import org.aam.jwt.users.entity.User;

/**
 * The caller as the identity stores found them. It carries the user it was made of, so that the request has its
 * caller without reading the user a second time.
 */
public class UserPrincipal extends CallerPrincipal {

    private final transient User user;

    public UserPrincipal(User user) {
        super(user.username());
        this.user = user;
    }

    public User user() {
        return user;
    }
}

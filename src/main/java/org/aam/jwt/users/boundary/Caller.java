package org.aam.jwt.users.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.aam.jwt.users.control.Rights;
import org.aam.jwt.users.entity.Refusal;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.entity.WpError;

/**
 * The caller of the current request and what they may do. Without a caller the answer is 401 (or the 403 of a
 * cross-site cookie); with a caller who lacks the rights, 403.
 */
@RequestScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    /** The user a request was authenticated as, set by the authentication mechanism. */
    private static final String USER = Caller.class.getName() + ".user";

    /** The container's answers for this request: each role costs it a permission check. */
    private final Map<String, Boolean> roles = new HashMap<>();

    /** Called by the authentication mechanism: the user it authenticated this request as. */
    public static void identify(HttpServletRequest request, User user) {
        request.setAttribute(USER, user);
    }

    /** The authenticated user, as read when the request was authenticated. */
    public User user() {
        requireAuthenticated();
        return (User) request.getAttribute(USER);
    }

    public void requireTokenManager() {
        requireAuthenticated();
        if (!Rights.mayManageTokens(this::holds)) {
            throw WpError.forbidden("Sorry, you are not allowed to manage JWT tokens: it takes the administrator role, "
                    + "or both aam_manager and aam_manage_jwt.");
        }
    }

    public void requireMayManageTokensOf(User owner) {
        if (!mayManageTokensOf(owner)) {
            throw WpError.forbidden("Sorry, you are not allowed to manage the tokens of user " + owner.id()
                    + ": they hold rights that you do not.");
        }
    }

    /** Whether the caller, a token manager, may manage this user's tokens (see {@link Rights#mayManageTokensOf}). */
    public boolean mayManageTokensOf(User owner) {
        return Rights.mayManageTokensOf(this::holds, owner.roleNames());
    }

    public void requireAdministrator() {
        requireAuthenticated();
        if (!Rights.isAdministrator(this::holds)) {
            throw WpError.forbidden("Sorry, only administrators can manage users and signing keys.");
        }
    }

    private boolean holds(String role) {
        return roles.computeIfAbsent(role, request::isUserInRole);
    }

    private void requireAuthenticated() {
        if (request.getUserPrincipal() != null && request.getAttribute(USER) != null) {
            return;
        }
        Object refusal = request.getAttribute(Refusal.ATTRIBUTE);
        if (refusal instanceof Refusal refused) {
            throw refused.error();
        }
        throw WpError.unauthorized("Authentication is required: send a token as Authorization: Bearer <jwt>, "
                + "or use HTTP Basic.");
    }
}

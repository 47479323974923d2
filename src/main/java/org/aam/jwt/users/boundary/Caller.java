package org.aam.jwt.users.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.users.control.Rights;
import org.aam.jwt.users.entity.Refusal;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.rest.entity.WpError;

/**
 * The caller of the current request and what they may do. Without a caller the answer is 401 (or the 403 of a
 * cross-site cookie); with a caller who lacks the rights, 403. What it knows of a request it keeps on the request:
 * a bean created for each request costs more than the checks it would hold.
 */
@ApplicationScoped
public class Caller {

    @Inject
    HttpServletRequest request;

    @Inject
    Event<AuditEvent> audit;

    /** The user a request was authenticated as, set by the authentication mechanism. */
    private static final String USER = Caller.class.getName() + ".user";

    /** The container's answers for this request: each role costs it a permission check. */
    private static final String ROLES = Caller.class.getName() + ".roles";

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
            throw refused(null, "Sorry, you are not allowed to manage JWT tokens: it takes the administrator role, "
                    + "or both aam_manager and aam_manage_jwt.");
        }
    }

    public void requireMayManageTokensOf(User owner) {
        if (!mayManageTokensOf(owner)) {
            throw refused(owner.id(), "Sorry, you are not allowed to manage the tokens of user " + owner.id()
                    + ": they hold rights that you do not.");
        }
    }

    /** Whether the caller, a token manager, may manage this user's tokens (see {@link Rights#mayManageTokensOf}). */
    public boolean mayManageTokensOf(User owner) {
        return Rights.mayManageTokensOf(this::holds, owner.roleNames());
    }

    public void requireAdministrator() {
        requireAuthenticated();
        if (!isAdministrator()) {
            throw refused(null, "Sorry, only administrators can manage users and signing keys.");
        }
    }

    public boolean isAdministrator() {
        return Rights.isAdministrator(this::holds);
    }

    /** The id of the user this request was authenticated as, or empty: for records, which must not fail. */
    public Optional<Long> identifiedUserId() {
        return request.getAttribute(USER) instanceof User user ? Optional.of(user.id()) : Optional.empty();
    }

    public String clientAddress() {
        return request.getRemoteAddr();
    }

    /** A 403, recorded in the audit trail with what was asked. */
    private WpError refused(Long userId, String message) {
        audit.fire(AuditEvent.of(EventName.ACCESS_REFUSED, userId, null, request.getMethod() + " " + path()));
        return WpError.forbidden(message);
    }

    private String path() {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private boolean holds(String role) {
        @SuppressWarnings("unchecked")
        Map<String, Boolean> roles = (Map<String, Boolean>) request.getAttribute(ROLES);
        if (roles == null) {
            roles = new HashMap<>();
            request.setAttribute(ROLES, roles);
        }
        return roles.computeIfAbsent(role, request::isUserInRole);
    }

    private void requireAuthenticated() {
        if (request.getUserPrincipal() != null && request.getAttribute(USER) != null) {
            return;
        }
        Object refusal = request.getAttribute(Refusal.ATTRIBUTE);
        if (refusal instanceof Refusal refused) {
            if (refused.error().status() == 403) {
                throw refused(null, refused.error().getMessage());
            }
            throw refused.error();
        }
        throw WpError.unauthorized("Authentication is required: send a token as Authorization: Bearer <jwt>, "
                + "or use HTTP Basic.");
    }
}

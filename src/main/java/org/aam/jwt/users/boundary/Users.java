package org.aam.jwt.users.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aam.jwt.configuration.control.Settings;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;
import org.aam.jwt.directory.control.Directory;
import org.aam.jwt.directory.control.DirectoryUnavailable;
import org.aam.jwt.directory.entity.DirectoryEntry;
import org.aam.jwt.users.control.AddressThrottle;
import org.aam.jwt.users.control.LoginThrottle;
import org.aam.jwt.users.control.Passwords;
import org.aam.jwt.users.control.RoleMapping;
import org.aam.jwt.users.entity.NewUser;
import org.aam.jwt.users.entity.User;
import org.aam.jwt.users.entity.UserChanges;
import org.aam.jwt.users.entity.UserRemoved;
import org.aam.jwt.users.entity.UserStatus;
import org.aam.jwt.users.entity.Capability;
import org.aam.jwt.users.entity.Role;
import org.aam.jwt.users.entity.UserSource;
import org.aam.jwt.rest.entity.WpError;

/** The users component's facade: every read and change of users goes through here, in a transaction. */
@ApplicationScoped
@Transactional
public class Users {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Event<UserRemoved> removed;

    @Inject
    Event<AuditEvent> audit;

    @Inject
    Settings settings;

    @Inject
    AddressThrottle addresses;

    @Inject
    Directory directory;

    private LoginThrottle throttle;

    private RoleMapping roleMapping;

    @PostConstruct
    void configure() {
        throttle = LoginThrottle.of(settings);
        roleMapping = RoleMapping.of(settings);
    }

    public Optional<User> find(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** @throws WpError 404 {@code rest_user_not_found} */
    public User get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * The user, locked until the transaction ends: every change to one user's token registry takes this lock
     * first, so that those changes are serialised in the database, across all instances of the service.
     */
    public User lock(long id) {
        return lockIfExists(id).orElseThrow(() -> notFound(id));
    }

    /** {@link #lock}, for callers to whom a missing user is not a 404 (a token of a deleted user is just invalid). */
    public Optional<User> lockIfExists(long id) {
        return Optional.ofNullable(em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("usernameKey", User.keyOf(username))
                .getResultStream().findFirst();
    }

    public List<User> all() {
        return em.createNamedQuery(User.ALL, User.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult() == 0;
    }

    /**
     * The user whose password this is (active or not: the caller decides what inactivity means), or empty. Every
     * channel that takes a password comes here, so one throttle counts them all: while an account refuses
     * attempts, none is checked, the right password included (its answer would tell a guesser when a guess is
     * right), and a refused attempt does not lengthen the wait.
     *
     * @param clientAddress where the attempt comes from, for the limit per address
     * @throws WpError 429 while the account or the address refuses attempts, 503 when too many password checks
     *                 run already
     */
    public Optional<User> withPassword(String username, String password, String clientAddress) {
        Instant now = Instant.now();
        try {
            addresses.check(clientAddress, now);
        } catch (WpError throttled) {
            audit.fire(AuditEvent.login(EventName.LOGIN_THROTTLED, null, clientAddress, "address throttled"));
            throw throttled;
        }
        Optional<User> found = findByUsername(username);
        // A local user of that name is checked here; any other name is the directory's, when there is one.
        if (found.map(User::isFromDirectory).orElse(directory.isConfigured())) {
            return withDirectoryPassword(username, password, clientAddress, now);
        }
        if (found.isEmpty()) {
            passwords.verifyAgainstDecoy(password);
            return failed(clientAddress, now);
        }
        User user = found.get();
        refuseWhileBlocked(user, clientAddress, now);
        boolean matches = passwords.matches(password, user.passwordHash());
        return counted(user, matches, clientAddress, now);
    }

    /**
     * The directory checks the password, by a bind as the user; the local record (made at the first login) follows
     * what the directory says of the user at once, so a disabled account or a lost group counts from this login.
     * Nothing of the password is kept.
     *
     * @throws WpError 503 {@code directory_unavailable} when the directory does not answer: nobody can be checked
     */
    private Optional<User> withDirectoryPassword(String username, String password, String clientAddress,
            Instant now) {
        try {
            Optional<DirectoryEntry> entry = directory.isConfigured() ? directory.findByUsername(username)
                    : Optional.empty();
            if (entry.isEmpty()) {
                return failed(clientAddress, now);
            }
            Optional<User> known = findByDirectoryId(entry.get().id());
            known.ifPresent(user -> refuseWhileBlocked(user, clientAddress, now));
            if (!directory.passwordMatches(entry.get(), password)) {
                return known.isPresent() ? counted(known.get(), false, clientAddress, now) : failed(clientAddress, now);
            }
            User user = known.orElseGet(() -> firstLogin(entry.get(), now));
            follow(user, entry.get(), now);
            return counted(user, true, clientAddress, now);
        } catch (DirectoryUnavailable down) {
            throw new WpError(503, "directory_unavailable",
                    "The user directory does not answer: try again later.");
        }
    }

    private void refuseWhileBlocked(User user, String clientAddress, Instant now) {
        user.loginBlockedAt(now).ifPresent(wait -> {
            long seconds = (wait.toMillis() + 999) / 1000;
            audit.fire(AuditEvent.login(EventName.LOGIN_THROTTLED, user.id(), clientAddress, "account throttled"));
            throw WpError.tooManyRequests("Too many failed logins for this account: try again in " + seconds
                    + " seconds.", seconds);
        });
    }

    /** A login with a name nobody has, here or in the directory. */
    private Optional<User> failed(String clientAddress, Instant now) {
        addresses.failed(clientAddress, now);
        // The name is not recorded: an unknown one is often a password typed in the wrong field.
        audit.fire(AuditEvent.login(EventName.LOGIN_FAILED, null, clientAddress, "unknown account"));
        return Optional.empty();
    }

    /** The attempt counted for the throttle. */
    private Optional<User> counted(User user, boolean matches, String clientAddress, Instant now) {
        if (!matches) {
            addresses.failed(clientAddress, now);
            audit.fire(AuditEvent.login(EventName.LOGIN_FAILED, user.id(), clientAddress, "wrong password"));
        } else if (!user.isActive()) {
            audit.fire(AuditEvent.login(EventName.LOGIN_FAILED, user.id(), clientAddress, "account inactive"));
        } else {
            audit.fire(AuditEvent.login(EventName.LOGIN_SUCCEEDED, user.id(), clientAddress, null));
        }
        // Written only when something changes: a script's every Basic request must not write its user's row.
        if (!matches || user.failedLogins() > 0) {
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
            if (matches) {
                user.loginSucceeded();
            } else {
                // The delay runs from the answer, not from the start of the slow check.
                user.loginFailed(Instant.now(), throttle.delayAfter(user.failedLogins() + 1).orElse(Duration.ZERO));
            }
        }
        return matches ? Optional.of(user) : Optional.empty();
    }

    /**
     * A new entry under a name an earlier directory user had (deleted and made again, say): the earlier record gives
     * the name up, and the sync gives it back its directory name should its entry still exist.
     */
    private User firstLogin(DirectoryEntry entry, Instant now) {
        Optional<User> earlier = findByUsername(entry.username());
        if (earlier.isPresent()) {
            em.refresh(earlier.get(), LockModeType.PESSIMISTIC_WRITE);
            earlier.get().yieldName();
            em.flush();
        }
        User user = User.fromDirectory(entry.id(), entry.username(), now);
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException concurrentFirstLogin) {
            throw new WpError(409, "existing_user_login", "The user was logging in at the same time: try again.");
        }
        return user;
    }

    /** The record takes the directory's name (unless another user here has it), details, rights and status. */
    private void follow(User user, DirectoryEntry entry, Instant now) {
        String name = findByUsername(entry.username()).filter(other -> !other.id().equals(user.id())).isPresent()
                ? null : entry.username();
        auditDirectoryChange(user, () -> user.followDirectory(name, entry.displayName(), entry.email(),
                roleMapping.roles(entry.groups()), roleMapping.capabilities(entry.groups()), entry.active(), now));
    }

    public Optional<User> findByDirectoryId(String directoryId) {
        return em.createNamedQuery(User.BY_DIRECTORY_ID, User.class).setParameter("directoryId", directoryId)
                .getResultStream().findFirst();
    }

    /** The ids of the users from the directory, for {@link DirectorySync}. */
    public List<Long> directoryUsers() {
        return em.createNamedQuery(User.FROM_DIRECTORY, Long.class).setParameter("source", UserSource.LDAP)
                .getResultList();
    }

    /**
     * Brings one directory user's record up to date: gone from the directory (or out of its user filter) is
     * deactivated, otherwise it follows the entry. Nothing changes when the directory does not answer.
     */
    public void followDirectory(long id) throws DirectoryUnavailable {
        Optional<User> user = find(id).filter(User::isFromDirectory);
        if (user.isPresent()) {
            Optional<DirectoryEntry> entry = directory.findById(user.get().directoryId());
            Instant now = Instant.now();
            if (entry.isPresent()) {
                follow(user.get(), entry.get(), now);
            } else {
                User left = user.get();
                auditDirectoryChange(left, () -> left.leftDirectory(now));
            }
        }
    }

    /** What the directory changed of a user goes into the audit trail as an administrator's change would. */
    private void auditDirectoryChange(User user, Runnable change) {
        boolean wasActive = user.isActive();
        Set<Role> roles = Set.copyOf(user.roles());
        Set<Capability> capabilities = Set.copyOf(user.capabilities());
        change.run();
        if (wasActive && !user.isActive()) {
            audit.fire(AuditEvent.of(EventName.USER_DEACTIVATED, user.id(), null, "by the directory"));
        } else if (!roles.equals(user.roles()) || !capabilities.equals(user.capabilities())) {
            audit.fire(AuditEvent.of(EventName.USER_CHANGED, user.id(), null,
                    "by the directory; roles: " + rolesOf(user)));
        }
    }

    public User create(@Valid NewUser request) {
        if (findByUsername(request.username()).isPresent()) {
            throw existingUser();
        }
        Instant now = Instant.now();
        User user = new User(request.username(), passwords.hash(request.password()), now);
        user.describe(request.displayName(), request.email());
        user.grant(request.roles(), request.capabilities(), now);
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException concurrentCreateOfTheSameName) {
            // The check above passed for two concurrent creates of one name: the unique key lets one in.
            throw existingUser();
        }
        audit.fire(AuditEvent.of(EventName.USER_CREATED, user.id(), null, "roles: " + rolesOf(user)));
        return user;
    }

    /** @throws WpError 409 {@code rest_user_managed_by_directory} for a directory user's password or rights */
    public User update(long id, @Valid UserChanges changes) {
        User user = get(id);
        if (user.isFromDirectory()
                && (changes.password() != null || changes.roles() != null || changes.capabilities() != null)) {
            throw managedByDirectory(user);
        }
        Instant now = Instant.now();
        boolean deactivates = user.isActive() && changes.status() == UserStatus.INACTIVE;
        if (changes.password() != null) {
            user.changePassword(passwords.hash(changes.password()), now);
        }
        user.describe(changes.displayName(), changes.email());
        user.grant(changes.roles(), changes.capabilities(), now);
        if (changes.status() != null) {
            user.changeStatus(changes.status(), now);
        }
        if (deactivates) {
            audit.fire(AuditEvent.of(EventName.USER_DEACTIVATED, id, null, null));
        }
        List<String> fields = changedFields(changes, deactivates);
        if (!fields.isEmpty()) {
            audit.fire(AuditEvent.of(EventName.USER_CHANGED, id, null, "fields: " + String.join(", ", fields)));
        }
        return user;
    }

    /** The names of the fields a change sets, never their values: a password is named, not recorded. */
    private static List<String> changedFields(UserChanges changes, boolean deactivates) {
        List<String> fields = new ArrayList<>();
        if (changes.password() != null) {
            fields.add("password");
        }
        if (changes.displayName() != null) {
            fields.add("display_name");
        }
        if (changes.email() != null) {
            fields.add("email");
        }
        if (changes.roles() != null) {
            fields.add("roles");
        }
        if (changes.capabilities() != null) {
            fields.add("capabilities");
        }
        // A deactivation is an event of its own.
        if (changes.status() != null && !deactivates) {
            fields.add("status");
        }
        return fields;
    }

    private static String rolesOf(User user) {
        return user.roleNames().stream().sorted().collect(Collectors.joining(", "));
    }

    public User delete(long id) {
        User user = get(id);
        removed.fire(new UserRemoved(id));
        em.remove(user);
        audit.fire(AuditEvent.of(EventName.USER_DELETED, id, null, null));
        return user;
    }

    /**
     * A 403 for a request that acts for no caller yet (a login), recorded in the audit trail as the refusals of
     * callers are ({@link Caller}).
     *
     * @param userId the user who asked, or null
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WpError refusal(Long userId, String clientAddress, String detail, String message) {
        audit.fire(new AuditEvent(EventName.ACCESS_REFUSED, userId, userId, null, clientAddress,
                EventName.ACCESS_REFUSED.outcome(), detail));
        return WpError.forbidden(message);
    }

    /** A directory user's password, name and groups are the directory's to change. */
    public static WpError managedByDirectory(User user) {
        return new WpError(409, "rest_user_managed_by_directory", "User " + user.id() + " comes from the company "
                + "directory: change the password, name and groups there, not here.");
    }

    private static WpError existingUser() {
        return new WpError(400, "existing_user_login", "Sorry, that username already exists!");
    }

    private static WpError notFound(long id) {
        return new WpError(404, "rest_user_not_found", "User " + id + " does not exist.");
    }
}

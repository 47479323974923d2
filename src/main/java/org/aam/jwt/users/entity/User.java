package org.aam.jwt.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user who owns tokens. {@code tokensValidFrom} is the first {@code iat} this user's tokens may carry: raising
 * it (a new password, a deactivation) stops every earlier token at once, revocable or not.
 */
@Entity
@Table(name = "aam_users", uniqueConstraints = {
        @UniqueConstraint(name = "aam_users_username", columnNames = "username"),
        @UniqueConstraint(name = "aam_users_username_key", columnNames = "username_key")})
@NamedQuery(name = User.ALL, query = "select u from User u order by u.id")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.usernameKey = :usernameKey")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(name = User.BY_DIRECTORY_ID, query = "select u from User u where u.directoryId = :directoryId")
@NamedQuery(name = User.FROM_DIRECTORY, query = "select u.id from User u where u.source = :source order by u.id")
public class User {

    public static final String ALL = "User.all";
    public static final String BY_USERNAME = "User.byUsername";
    public static final String COUNT = "User.count";
    public static final String BY_DIRECTORY_ID = "User.byDirectoryId";
    public static final String FROM_DIRECTORY = "User.fromDirectory";

    // A table generator works the same on every database and JPA provider, and gives 1 to the first user.
    @Id
    @TableGenerator(name = "aam_user_ids", table = "aam_ids", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "user", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aam_user_ids")
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    /**
     * The username in lower case, unique: names differing only in case are one name, as in WordPress. A column of
     * its own because not every database indexes an expression such as {@code lower(username)}.
     */
    @Column(name = "username_key", nullable = false, length = 60)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "display_name", length = 250)
    private String displayName;

    @Column(length = 100)
    private String email;

    // Rights are kept comma-separated in one column each, read with the user's row: no join per request.
    @Column(length = 255)
    private String roles = "";

    @Column(length = 255)
    private String capabilities = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserStatus status = UserStatus.ACTIVE;

    @Column(name = "tokens_valid_from", nullable = false)
    private long tokensValidFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserSource source = UserSource.LOCAL;

    /** A directory user's immutable entry id (entryUUID, objectGUID): the name may change, this does not. */
    @Column(name = "directory_id", length = 255)
    private String directoryId;

    /**
     * False while the directory disables the account or no longer has it. Kept apart from {@code status}, which is
     * the administrator's: the directory enabling an account again does not undo a deactivation made here.
     */
    @Column(name = "directory_active", nullable = false)
    private boolean directoryActive = true;

    /** Password attempts that failed since the last success; kept here so that every instance counts them. */
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** Epoch milliseconds before which no password attempt is checked; 0 when attempts are welcome. */
    @Column(name = "login_blocked_until", nullable = false)
    private long loginBlockedUntil;

    protected User() {
    }

    /** What makes two usernames the same name. */
    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public User(String username, String passwordHash, Instant now) {
        this.username = username;
        this.usernameKey = keyOf(username);
        this.passwordHash = passwordHash;
        this.tokensValidFrom = now.getEpochSecond();
    }

    /** A directory user's record: no password of its own (the directory checks it), rights from its groups. */
    public static User fromDirectory(String directoryId, String username, Instant now) {
        User user = new User(username, "", now);
        user.source = UserSource.LDAP;
        user.directoryId = directoryId;
        return user;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** Whether the username or display name contains the text, ignoring case; an empty text matches everyone. */
    public boolean nameContains(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return username.toLowerCase(Locale.ROOT).contains(wanted)
                || displayName().toLowerCase(Locale.ROOT).contains(wanted);
    }

    public String email() {
        return email;
    }

    public Set<Role> roles() {
        return ApiNames.split(Role.class, roles);
    }

    public Set<Capability> capabilities() {
        return ApiNames.split(Capability.class, capabilities);
    }

    /** The security role names of this user: its roles and capabilities. */
    public Set<String> roleNames() {
        return Stream.concat(roles().stream(), capabilities().stream()).map(Right::roleName)
                .collect(Collectors.toSet());
    }

    public UserStatus status() {
        return directoryActive ? status : UserStatus.INACTIVE;
    }

    public boolean isActive() {
        return status() == UserStatus.ACTIVE;
    }

    public UserSource source() {
        return source;
    }

    public boolean isFromDirectory() {
        return source == UserSource.LDAP;
    }

    public String directoryId() {
        return directoryId;
    }

    /**
     * What the directory says now. Rights taken away and a disabled account stop every earlier token, exactly as
     * an administrator's demotion or deactivation does.
     *
     * @param username null when the directory's name is taken here by another user: the old one is kept
     */
    public void followDirectory(String username, String displayName, String email, Set<Role> roles,
            Set<Capability> capabilities, boolean active, Instant now) {
        if (username != null) {
            this.username = username;
            this.usernameKey = keyOf(username);
        }
        describe(displayName, email);
        grant(roles, capabilities, now);
        if (!active && directoryActive) {
            stopTokensIssuedBefore(now);
        }
        directoryActive = active;
    }

    /** Another directory entry has this user's name now: this record is renamed {@code <name>#<id>}. */
    public void yieldName() {
        this.username = username + "#" + id;
        this.usernameKey = keyOf(this.username);
    }

    /** The directory no longer has this user: deactivated, with every token. */
    public void leftDirectory(Instant now) {
        if (directoryActive) {
            stopTokensIssuedBefore(now);
        }
        directoryActive = false;
    }

    public boolean isAdministrator() {
        return roles().contains(Role.ADMINISTRATOR);
    }

    public boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    /** A null argument keeps the current value. */
    public void describe(String displayName, String email) {
        if (displayName != null) {
            this.displayName = displayName;
        }
        if (email != null) {
            this.email = email;
        }
    }

    /**
     * A null argument keeps the current value. Taking any right away stops every earlier token, as a password
     * change does: those tokens name the old rights in their {@code groups}, which other services trust.
     */
    public void grant(Set<Role> roles, Set<Capability> capabilities, Instant now) {
        Set<String> before = roleNames();
        if (roles != null) {
            this.roles = ApiNames.joined(roles);
        }
        if (capabilities != null) {
            this.capabilities = ApiNames.joined(capabilities);
        }
        if (!roleNames().containsAll(before)) {
            stopTokensIssuedBefore(now);
        }
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        stopTokensIssuedBefore(now);
    }

    public void changeStatus(UserStatus newStatus, Instant now) {
        if (newStatus == UserStatus.INACTIVE && status != UserStatus.INACTIVE) {
            stopTokensIssuedBefore(now);
        }
        this.status = newStatus;
    }

    /**
     * {@code iat} has whole seconds: a token issued in the same second as the change could not be told from one
     * issued before it. So every earlier token is stopped up to the end of this second, and tokens issued in what
     * remains of it carry the next second (see {@link #issuedAtFor(Instant)}).
     */
    private void stopTokensIssuedBefore(Instant now) {
        tokensValidFrom = Math.max(tokensValidFrom, now.getEpochSecond() + 1);
    }

    /** @return how long password attempts are still refused, or empty when they are checked */
    public Optional<Duration> loginBlockedAt(Instant now) {
        long left = loginBlockedUntil - now.toEpochMilli();
        return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
    }

    /** A wrong password: counted, and past the throttle's limit the account refuses attempts for a while. */
    public void loginFailed(Instant now, Duration blockFor) {
        failedLogins++;
        if (!blockFor.isZero()) {
            loginBlockedUntil = now.plus(blockFor).toEpochMilli();
        }
    }

    public int failedLogins() {
        return failedLogins;
    }

    /** The right password: the count starts again. */
    public void loginSucceeded() {
        failedLogins = 0;
        loginBlockedUntil = 0;
    }

    /** The {@code iat} for a token issued now: at most a second ahead, right after a credentials change. */
    public long issuedAtFor(Instant now) {
        return Math.max(now.getEpochSecond(), tokensValidFrom);
    }

    /** Whether a token issued at {@code iat} was issued after this user's last change of credentials. */
    public boolean acceptsTokenIssuedAt(long iat) {
        return iat >= tokensValidFrom;
    }
}

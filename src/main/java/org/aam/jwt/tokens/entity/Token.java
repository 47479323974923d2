package org.aam.jwt.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Optional;
import org.aam.jwt.tokens.control.TokenSealing;

/**
 * A token in a user's registry. For a revocable token, being here is what keeps it working: deleting the row
 * revokes it. The registry keeps a user's tokens in the order they were issued ({@code listOrder}).
 */
@Entity
@Table(name = "aam_tokens",
        uniqueConstraints = @UniqueConstraint(name = "aam_tokens_user_order", columnNames = {"user_id", "list_order"}),
        indexes = @Index(name = "aam_tokens_user", columnList = "user_id"))
@NamedQuery(name = Token.WITH_KEYS_OF_USER, query = "select t, k from Token t left join RegisteredKey k on k.keyId = t.keyId"
        + " where t.userId = :userId order by t.listOrder")
@NamedQuery(name = Token.REGISTRATION, query = "select u, k from User u, Token t, RegisteredKey k"
        + " where t.id = :id and t.userId = :userId and u.id = :userId and k.keyId = :keyId")
@NamedQuery(name = Token.PLACES_OF_USER, query = "select new org.aam.jwt.tokens.entity.RegistryPlace(t.id, t.listOrder)"
        + " from Token t where t.userId = :userId order by t.listOrder desc")
@NamedQuery(name = Token.DELETE_OF_USER, query = "delete from Token t where t.userId = :userId")
@NamedQuery(name = Token.COUNT, query = "select count(t) from Token t")
@NamedQuery(name = Token.DELETE_OF_USER_UP_TO,
        query = "delete from Token t where t.userId = :userId and t.listOrder <= :listOrder")
public class Token {

    /** A user's tokens, oldest first, each with its key (null for a kid that is not registered). */
    public static final String WITH_KEYS_OF_USER = "Token.withKeysOfUser";
    /** The owner and the key of a token registered to that owner: what checking a presented token reads. */
    public static final String REGISTRATION = "Token.registration";
    public static final String PLACES_OF_USER = "Token.placesOfUser";
    public static final String DELETE_OF_USER = "Token.deleteOfUser";
    public static final String DELETE_OF_USER_UP_TO = "Token.deleteOfUserUpTo";
    public static final String COUNT = "Token.count";

    /** The token's {@code jti}. */
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "list_order", nullable = false)
    private long listOrder;

    /**
     * The compact JWT as issued, encrypted: what the database holds, in a text column of the migrations. Not a
     * {@code @Lob}: Hibernate would read and write a PostgreSQL large object (oid) where the column holds text.
     */
    @Column(name = "compact", nullable = false)
    private String sealed;

    @Transient
    private String compact;

    /** The {@code kid} of the key that signed it: retiring that key stops the token. */
    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "issued_at", nullable = false)
    private long issuedAt;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    @Column(nullable = false)
    private boolean refreshable;

    @Column(nullable = false)
    private boolean revocable;

    /** Epoch seconds; written by {@code TokenUses} with plain SQL, never through this entity. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Long lastUsedAt;

    protected Token() {
    }

    public Token(IssuedJwt jwt, long userId, long listOrder) {
        this.id = jwt.jti();
        this.compact = jwt.compact();
        this.keyId = jwt.keyId();
        this.issuedAt = jwt.issuedAt();
        this.expiresAt = jwt.expiresAt();
        this.refreshable = jwt.refreshable();
        this.revocable = jwt.revocable();
        this.userId = userId;
        this.listOrder = listOrder;
    }

    @PrePersist
    void sealForStorage() {
        sealed = TokenSealing.get().seal(compact);
    }

    public String id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long listOrder() {
        return listOrder;
    }

    /** The compact JWT, decrypted on first use: checking a token's registration needs only its row. */
    public String compact() {
        if (compact == null) {
            compact = TokenSealing.get().open(sealed);
        }
        return compact;
    }

    public String keyId() {
        return keyId;
    }

    public long issuedAt() {
        return issuedAt;
    }

    public long expiresAt() {
        return expiresAt;
    }

    public boolean isRevocable() {
        return revocable;
    }

    /** The last time it authenticated a request, as the database knows it; empty while it never did. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt).map(Instant::ofEpochSecond);
    }

    public boolean isExpired(Instant now) {
        return now.getEpochSecond() >= expiresAt;
    }
}

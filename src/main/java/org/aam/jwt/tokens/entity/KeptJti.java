package org.aam.jwt.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A token's {@code jti} kept apart from the API token registry, with its owner and expiry: what a row needs to
 * be checked by id, deleted with its user, and pruned once its token has expired.
 */
@MappedSuperclass
public abstract class KeptJti {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    protected KeptJti() {
    }

    protected KeptJti(String id, long userId, long expiresAt) {
        this.id = id;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    public long userId() {
        return userId;
    }
}

package org.aam.jwt.keys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A signing key the service knows, shared by every instance through the database: which key signs (the one made
 * current last), which still verify, which are retired. Only the public half is kept here; the private half (or an
 * HMAC secret) stays in the data folder, so the database alone cannot sign a token.
 */
@Entity
@Table(name = "aam_keys")
@NamedQuery(name = RegisteredKey.OF_ALGORITHM,
        query = "select k from RegisteredKey k where k.algorithm = :algorithm order by k.addedAt, k.keyId")
@NamedQuery(name = RegisteredKey.CURRENT, query = "select k from RegisteredKey k where k.algorithm = :algorithm"
        + " and k.retiredAt is null and k.signingRank is not null order by k.signingRank desc, k.keyId")
@NamedQuery(name = RegisteredKey.HIGHEST_RANK, query = "select max(k.signingRank) from RegisteredKey k")
public class RegisteredKey {

    public static final String OF_ALGORITHM = "RegisteredKey.ofAlgorithm";
    public static final String CURRENT = "RegisteredKey.current";
    public static final String HIGHEST_RANK = "RegisteredKey.highestRank";

    @Id
    @Column(name = "kid", length = 64)
    private String keyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SigningAlgorithm algorithm;

    /** The public JWK, published at /.well-known/jwks.json; null for an HMAC secret. Text, not @Lob: see Token. */
    @Column(name = "public_jwk")
    private String publicJwk;

    /** Seconds since the epoch. */
    @Column(name = "added_at", nullable = false)
    private long addedAt;

    /**
     * Grows each time a key is made the signing key: of the keys of the algorithm that are not retired, the one
     * with the highest rank signs. Null for a key that never signed.
     */
    @Column(name = "signing_rank")
    private Long signingRank;

    /** Seconds since the epoch. */
    @Column(name = "retired_at")
    private Long retiredAt;

    protected RegisteredKey() {
    }

    public RegisteredKey(SigningKey key, Optional<String> publicJwk, Instant now) {
        this.keyId = key.keyId();
        this.algorithm = key.algorithm();
        this.publicJwk = publicJwk.orElse(null);
        this.addedAt = now.getEpochSecond();
    }

    public String keyId() {
        return keyId;
    }

    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    public Optional<String> publicJwk() {
        return Optional.ofNullable(publicJwk);
    }

    public long addedAt() {
        return addedAt;
    }

    public Optional<Long> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** @param rank higher than any rank given before (see {@link #HIGHEST_RANK}) */
    public void makeCurrent(long rank) {
        if (isRetired()) {
            throw new IllegalStateException("A retired key cannot sign again");
        }
        this.signingRank = rank;
    }

    /** From now on the tokens it signed stop working; it never signs again. */
    public void retire(Instant now) {
        this.retiredAt = now.getEpochSecond();
    }
}

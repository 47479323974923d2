package org.aam.jwt.tokens.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A console session: a token held in the console's cookie, registered here rather than in its user's API token
 * registry, so that a console login never takes a place there nor pushes an API token out. Like a revocable
 * token, it works while its row is here; logging out deletes the row, which stops it at once on every instance.
 */
@Entity
@Table(name = "aam_session_tokens", indexes = @Index(name = "aam_session_tokens_user", columnList = "user_id"))
@NamedQuery(name = SessionToken.DELETE_EXPIRED_OF_USER,
        query = "delete from SessionToken s where s.userId = :userId and s.expiresAt <= :now")
@NamedQuery(name = SessionToken.DELETE_OF_USER, query = "delete from SessionToken s where s.userId = :userId")
public class SessionToken extends KeptJti {

    public static final String DELETE_EXPIRED_OF_USER = "SessionToken.deleteExpiredOfUser";
    public static final String DELETE_OF_USER = "SessionToken.deleteOfUser";

    protected SessionToken() {
    }

    public SessionToken(String id, long userId, long expiresAt) {
        super(id, userId, expiresAt);
    }
}

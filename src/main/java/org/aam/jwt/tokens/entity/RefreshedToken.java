package org.aam.jwt.tokens.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A token that is not revocable and has been refreshed. It keeps working until it expires (that is its promise),
 * and it may have left the registry long ago, so the registry cannot tell that it was refreshed: this row does,
 * until it expires, so that it is refreshed once and no more.
 */
@Entity
@Table(name = "aam_refreshed_tokens", indexes = @Index(name = "aam_refreshed_tokens_user", columnList = "user_id"))
@NamedQuery(name = RefreshedToken.DELETE_EXPIRED_OF_USER,
        query = "delete from RefreshedToken r where r.userId = :userId and r.expiresAt <= :now")
@NamedQuery(name = RefreshedToken.DELETE_OF_USER, query = "delete from RefreshedToken r where r.userId = :userId")
public class RefreshedToken extends KeptJti {

    public static final String DELETE_EXPIRED_OF_USER = "RefreshedToken.deleteExpiredOfUser";
    public static final String DELETE_OF_USER = "RefreshedToken.deleteOfUser";

    protected RefreshedToken() {
    }

    public RefreshedToken(String id, long userId, long expiresAt) {
        super(id, userId, expiresAt);
    }
}

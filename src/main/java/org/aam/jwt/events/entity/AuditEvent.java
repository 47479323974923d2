package org.aam.jwt.events.entity;

import java.util.Locale;

/**
 * One event of the audit trail, as the facade that made it happen knows it. It never holds a token, a password or
 * a secret: a token is named by its {@code jti}. Members a facade does not know (who is calling, from where) are
 * null; the audit fills them from the request.
 *
 * @param actorId  the user who acted, or null: the caller of the request
 * @param userId   the user the event is about, or null when none is known (a login with an unknown name)
 * @param tokenId  the {@code jti} of the token concerned, or null
 * @param client   the client's address, or null: the request's
 * @param detail   a short text for a reader, or null; never a credential
 */
public record AuditEvent(EventName name, Long actorId, Long userId, String tokenId, String client, Outcome outcome,
        String detail) {

    public enum Outcome {
        SUCCESS, FAILURE, REFUSED;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An event with the usual outcome of its name, whose actor and client the audit reads from the request. */
    public static AuditEvent of(EventName name, Long userId, String tokenId, String detail) {
        return new AuditEvent(name, null, userId, tokenId, null, name.outcome(), detail);
    }

    /**
     * A password attempt, about the account it names (null when no such account exists). Only a success says who
     * acted: a failed attempt may come from anyone.
     */
    public static AuditEvent login(EventName name, Long userId, String client, String detail) {
        Long actorId = name == EventName.LOGIN_SUCCEEDED ? userId : null;
        return new AuditEvent(name, actorId, userId, null, client, name.outcome(), detail);
    }
}

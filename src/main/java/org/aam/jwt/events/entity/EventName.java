package org.aam.jwt.events.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The closed set of events of the audit trail (section 9 of the contract), each with its usual outcome. */
public enum EventName {
    TOKEN_ISSUED(AuditEvent.Outcome.SUCCESS),
    TOKEN_REFRESHED(AuditEvent.Outcome.SUCCESS),
    TOKEN_REVOKED(AuditEvent.Outcome.SUCCESS),
    TOKEN_DELETED(AuditEvent.Outcome.SUCCESS),
    TOKENS_RESET(AuditEvent.Outcome.SUCCESS),
    TOKEN_PUSHED_OUT(AuditEvent.Outcome.SUCCESS),
    LOGIN_SUCCEEDED(AuditEvent.Outcome.SUCCESS),
    LOGIN_FAILED(AuditEvent.Outcome.FAILURE),
    LOGIN_THROTTLED(AuditEvent.Outcome.REFUSED),
    ACCESS_REFUSED(AuditEvent.Outcome.REFUSED),
    USER_CREATED(AuditEvent.Outcome.SUCCESS),
    USER_CHANGED(AuditEvent.Outcome.SUCCESS),
    USER_DEACTIVATED(AuditEvent.Outcome.SUCCESS),
    USER_DELETED(AuditEvent.Outcome.SUCCESS),
    KEY_ROTATED(AuditEvent.Outcome.SUCCESS),
    KEY_RETIRED(AuditEvent.Outcome.SUCCESS);

    private final AuditEvent.Outcome outcome;

    EventName(AuditEvent.Outcome outcome) {
        this.outcome = outcome;
    }

    /** The name in the API and the log: {@code token_issued}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public AuditEvent.Outcome outcome() {
        return outcome;
    }

    /**
     * Whether this is a refused or failed attempt: it happened even when the transaction around it rolls back
     * (a throttled login answers 429 by throwing), whereas a change that rolls back did not happen.
     */
    public boolean isAttempt() {
        return outcome != AuditEvent.Outcome.SUCCESS;
    }

    public static Optional<EventName> ofApiName(String apiName) {
        return Arrays.stream(values()).filter(name -> name.apiName().equals(apiName)).findFirst();
    }
}

package org.aam.jwt.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aam.jwt.events.entity.AuditEvent;
import org.aam.jwt.events.entity.EventName;

/**
 * One event of the audit trail as stored. The id is random rather than drawn from a shared counter: instances
 * sharing a database write their events without waiting on one another, and the order (newest first) is the
 * time's, with the id breaking ties, so that a cursor {@code (time, id)} pages stably while events are added.
 */
@Entity
@Table(name = "aam_audit")
@NamedQuery(name = AuditRecord.IDS_OLDER_THAN,
        query = "select a.id from AuditRecord a where a.occurredAt < :before order by a.occurredAt")
@NamedQuery(name = AuditRecord.DELETE_IDS, query = "delete from AuditRecord a where a.id in :ids")
public class AuditRecord {

    public static final String IDS_OLDER_THAN = "AuditRecord.idsOlderThan";
    public static final String DELETE_IDS = "AuditRecord.deleteIds";
    /** The longest detail kept; a longer one is cut (details are short texts written by the service). */
    static final int DETAIL_LENGTH = 255;

    @Id
    @Column(length = 36)
    private String id;

    /** Milliseconds since the epoch: compared and ordered the same way on every database. */
    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_name", nullable = false, length = 32)
    private EventName event;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_id", length = 64)
    private String tokenId;

    @Column(name = "client_address", length = 64)
    private String client;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private AuditEvent.Outcome outcome;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected AuditRecord() {
    }

    public AuditRecord(Instant time, AuditEvent event) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = time.toEpochMilli();
        this.event = event.name();
        this.actorId = event.actorId();
        this.userId = event.userId();
        this.tokenId = cut(event.tokenId(), 64);
        this.client = cut(event.client(), 64);
        this.outcome = event.outcome();
        this.detail = cut(event.detail(), DETAIL_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public String id() {
        return id;
    }

    public Instant time() {
        return Instant.ofEpochMilli(occurredAt);
    }

    public long occurredAtMillis() {
        return occurredAt;
    }

    public EventName event() {
        return event;
    }

    public Long actorId() {
        return actorId;
    }

    public Long userId() {
        return userId;
    }

    public String tokenId() {
        return tokenId;
    }

    public String client() {
        return client;
    }

    public AuditEvent.Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}

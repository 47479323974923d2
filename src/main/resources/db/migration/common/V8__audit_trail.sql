-- The audit trail (AuditRecord). No foreign keys: an event outlives the user, token or key it is about. Times are
-- milliseconds since the epoch. Every read is newest first, (occurred_at, id) descending, with a cursor on the same
-- pair: one index for the whole trail, and one for each filter that narrows it (a user, an event name).
CREATE TABLE aam_audit (
    id VARCHAR(36) NOT NULL,
    occurred_at BIGINT NOT NULL,
    event_name VARCHAR(32) NOT NULL,
    actor_id BIGINT,
    user_id BIGINT,
    token_id VARCHAR(64),
    client_address VARCHAR(64),
    outcome VARCHAR(16) NOT NULL,
    detail VARCHAR(255),
    PRIMARY KEY (id)
);
CREATE INDEX aam_audit_time ON aam_audit (occurred_at, id);
CREATE INDEX aam_audit_user ON aam_audit (user_id, occurred_at, id);
CREATE INDEX aam_audit_event ON aam_audit (event_name, occurred_at, id);

-- Tokens that are not revocable and were refreshed, until they expire, so that each refreshes once (RefreshedToken).
CREATE TABLE aam_refreshed_tokens (
    id VARCHAR(36) NOT NULL,
    expires_at BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT aam_refreshed_tokens_owner FOREIGN KEY (user_id) REFERENCES aam_users (id)
);
CREATE INDEX aam_refreshed_tokens_user ON aam_refreshed_tokens (user_id);

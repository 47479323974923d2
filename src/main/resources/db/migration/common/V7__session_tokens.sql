-- Console sessions (SessionToken): registered apart from the API tokens, working while their row is here.
CREATE TABLE aam_session_tokens (
    id VARCHAR(36) NOT NULL,
    expires_at BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT aam_session_tokens_owner FOREIGN KEY (user_id) REFERENCES aam_users (id)
);
CREATE INDEX aam_session_tokens_user ON aam_session_tokens (user_id);

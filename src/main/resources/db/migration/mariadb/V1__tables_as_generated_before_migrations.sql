-- Version 1: the tables as EclipseLink generated them before the schema had migrations (commit 9883be1), so that
-- a database made then and an empty one reach version 2 alike. Constraints and indexes the code relies on: V2.
CREATE TABLE aam_keys (
    kid VARCHAR(64) NOT NULL,
    added_at BIGINT NOT NULL,
    algorithm VARCHAR(8) NOT NULL,
    public_jwk LONGTEXT,
    retired_at BIGINT,
    signing_rank BIGINT,
    PRIMARY KEY (kid)
) ENGINE=InnoDB;
CREATE TABLE aam_tokens (
    id VARCHAR(36) NOT NULL,
    expires_at BIGINT NOT NULL,
    issued_at BIGINT NOT NULL,
    key_id VARCHAR(64) NOT NULL,
    list_order BIGINT NOT NULL,
    refreshable TINYINT(1) NOT NULL DEFAULT 0,
    revocable TINYINT(1) NOT NULL DEFAULT 0,
    compact LONGTEXT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT aam_tokens_user_order UNIQUE (user_id, list_order),
    INDEX aam_tokens_user (user_id)
) ENGINE=InnoDB;
CREATE TABLE aam_users (
    id BIGINT NOT NULL,
    capabilities VARCHAR(255),
    display_name VARCHAR(250),
    email VARCHAR(100),
    password_hash VARCHAR(512) NOT NULL,
    roles VARCHAR(255),
    status VARCHAR(16) NOT NULL,
    tokens_valid_from BIGINT NOT NULL,
    username VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT aam_users_username UNIQUE (username)
) ENGINE=InnoDB;
-- The user ids' table generator (User.java): the row holds the last id given.
CREATE TABLE aam_ids (
    name VARCHAR(50) NOT NULL,
    next_value DECIMAL(38),
    PRIMARY KEY (name)
) ENGINE=InnoDB;
INSERT INTO aam_ids (name, next_value) VALUES ('user', 0);

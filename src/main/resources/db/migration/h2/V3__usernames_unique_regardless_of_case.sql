-- A username is one login whatever its case ("Jane" and "jane" are one user). H2 has no index on an expression,
-- so the lower-case form is a generated column with a unique index; the entities never read or write it.
ALTER TABLE aam_users ADD COLUMN username_key VARCHAR(60) GENERATED ALWAYS AS (LOWER(username));
CREATE UNIQUE INDEX aam_users_username_key ON aam_users (username_key);

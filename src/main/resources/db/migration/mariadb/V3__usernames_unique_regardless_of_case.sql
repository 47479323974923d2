-- A username is one login whatever its case ("Jane" and "jane" are one user). MariaDB has no index on an
-- expression, so the lower-case form is a stored generated column with a unique index (it holds whatever the
-- table's collation, which a database created with a _bin collation would otherwise make case-sensitive); the
-- entities never read or write it.
ALTER TABLE aam_users ADD COLUMN username_key VARCHAR(60) AS (LOWER(username)) PERSISTENT;
CREATE UNIQUE INDEX aam_users_username_key ON aam_users (username_key);

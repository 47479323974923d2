-- A username is one name whatever its case ("Jane" and "jane" are one user, as in WordPress): the entity keeps the
-- lower-case form in username_key (User.keyOf), unique. Usernames are ASCII, so LOWER agrees with the entity.
-- A version-1 database holding two names that differ only in case stops here: rename one, then start again.
ALTER TABLE aam_users ADD COLUMN username_key VARCHAR(60) DEFAULT '' NOT NULL;
UPDATE aam_users SET username_key = LOWER(username);
ALTER TABLE aam_users ALTER COLUMN username_key DROP DEFAULT;
ALTER TABLE aam_users ADD CONSTRAINT aam_users_username_key UNIQUE (username_key);

-- A username is one login whatever its case ("Jane" and "jane" are one user).
CREATE UNIQUE INDEX aam_users_username_key ON aam_users (lower(username));

-- Password attempts that failed since the last success, and until when attempts are refused (User.loginFailed):
-- in the user's row, so that every instance sharing the database counts them.
ALTER TABLE aam_users ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE aam_users ADD COLUMN login_blocked_until BIGINT DEFAULT 0 NOT NULL;

-- Users from the company directory (User.fromDirectory): where a user comes from, the directory entry's immutable id
-- (unique: one record per entry, whatever its name), and whether the directory still has the account enabled.
ALTER TABLE aam_users ADD COLUMN source VARCHAR(16) DEFAULT 'LOCAL' NOT NULL;
ALTER TABLE aam_users ADD COLUMN directory_id VARCHAR(255);
ALTER TABLE aam_users ADD COLUMN directory_active BOOLEAN DEFAULT TRUE NOT NULL;
CREATE UNIQUE INDEX aam_users_directory_id ON aam_users (directory_id);

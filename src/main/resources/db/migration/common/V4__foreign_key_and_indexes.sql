-- A token belongs to a user: removing a user removes its tokens first (Tokens.deleteTokensOfRemovedUser), and the
-- database now refuses a token without its user. Tokens left without a user by an older version worked for nobody.
DELETE FROM aam_tokens WHERE user_id NOT IN (SELECT id FROM aam_users);
ALTER TABLE aam_tokens ADD CONSTRAINT aam_tokens_owner FOREIGN KEY (user_id) REFERENCES aam_users (id);
-- The key queries (RegisteredKey: of an algorithm by age, the current one by rank). The token queries use the
-- primary key and aam_tokens_user_order (user_id, list_order); the user queries the primary key and
-- aam_users_username.
CREATE INDEX aam_keys_algorithm ON aam_keys (algorithm, added_at);

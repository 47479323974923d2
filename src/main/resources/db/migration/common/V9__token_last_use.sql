-- The last time a token authenticated a request (epoch seconds), null while it never did: written in batches,
-- never moved backwards (Token.lastUsedAt, TokenUses).
ALTER TABLE aam_tokens ADD COLUMN last_used_at BIGINT;

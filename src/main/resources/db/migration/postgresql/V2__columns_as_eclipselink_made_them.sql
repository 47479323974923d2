-- A database that Hibernate (WildFly) created before migrations differs from version 1 where it matters; on a
-- database EclipseLink made, this changes nothing.
-- 1. Hibernate made the @Lob columns oid, large objects stored outside the row, where EclipseLink made text. The
--    entities now map them as plain text on every server, so the tokens and keys move into text columns. The large
--    objects stay behind, unreferenced: `vacuumlo` removes them.
DO $$
BEGIN
    IF (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
            AND table_name = 'aam_tokens' AND column_name = 'compact') = 'oid' THEN
        ALTER TABLE aam_tokens ALTER COLUMN compact TYPE TEXT USING convert_from(lo_get(compact), 'UTF8');
    END IF;
    IF (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()
            AND table_name = 'aam_keys' AND column_name = 'public_jwk') = 'oid' THEN
        ALTER TABLE aam_keys ALTER COLUMN public_jwk TYPE TEXT USING convert_from(lo_get(public_jwk), 'UTF8');
    END IF;
END $$;
-- 2. Hibernate checked the enum columns against the values it knew, which would refuse a value a later version
--    adds (a new algorithm, a new status).
ALTER TABLE aam_keys DROP CONSTRAINT IF EXISTS aam_keys_algorithm_check;
ALTER TABLE aam_users DROP CONSTRAINT IF EXISTS aam_users_status_check;

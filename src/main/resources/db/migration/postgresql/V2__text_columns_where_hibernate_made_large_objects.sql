-- On PostgreSQL, Hibernate (WildFly) made the @Lob columns of version 1 as oid, large objects stored outside the
-- row, where EclipseLink (Payara, GlassFish) made text. The entities now map them as plain text on every server, so
-- a database that Hibernate created gets its tokens and keys moved into text columns. The large objects stay
-- behind, unreferenced: `vacuumlo` removes them.
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

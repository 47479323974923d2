-- A database that Hibernate (WildFly) created before migrations differs from version 1 where it matters: it made
-- the enum columns H2 ENUMs, which would refuse a value a later version adds (a new algorithm, a new status). They
-- become the VARCHARs EclipseLink made; on a database EclipseLink made, these statements change nothing. (Its
-- CHARACTER LARGE OBJECT columns for the sealed tokens and public keys read and write as text: left as they are.)
ALTER TABLE aam_keys ALTER COLUMN algorithm VARCHAR(8) NOT NULL;
ALTER TABLE aam_users ALTER COLUMN status VARCHAR(16) NOT NULL;

-- A database that Hibernate (WildFly) created before migrations differs from version 1 where it matters: it made
-- the enum columns MariaDB ENUMs, which would refuse a value a later version adds (a new algorithm, a new status).
-- They become the VARCHARs EclipseLink made; on a database EclipseLink made, these statements change nothing. (Its
-- BIT booleans read and write as EclipseLink's TINYINT(1) do: left as they are, rather than rewrite the tokens.)
ALTER TABLE aam_keys MODIFY algorithm VARCHAR(8) NOT NULL;
ALTER TABLE aam_users MODIFY status VARCHAR(16) NOT NULL;

#!/usr/bin/env bash
# Recreates an empty integration-test database on the local server: recreate.sh postgresql|mariadb NAME
# The superuser (postgres, root; no password on 127.0.0.1, as on the CI machine) drops and creates the database;
# the service then works as the user aam_it, which owns or is granted only that database, as a production user
# would be. The user is kept between runs, so that runs on other database names can share it.
set -euo pipefail
db=${1:?postgresql or mariadb}
name=${2:?database name}
# The name goes into SQL unquoted: letters, digits and underscores only.
[[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "recreate.sh: invalid database name '$name'" >&2; exit 2; }
case $db in
    postgresql)
        psql --host=127.0.0.1 --username=postgres --quiet --set=ON_ERROR_STOP=1 \
            --command="DROP DATABASE IF EXISTS $name WITH (FORCE)" \
            --command="DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aam_it') THEN
                           CREATE ROLE aam_it LOGIN PASSWORD 'aam_it'; END IF; END \$\$" \
            --command="CREATE DATABASE $name OWNER aam_it" ;;
    mariadb)
        mariadb --host=127.0.0.1 --user=root --execute="DROP DATABASE IF EXISTS $name; CREATE DATABASE $name;
            CREATE USER IF NOT EXISTS aam_it IDENTIFIED BY 'aam_it'; GRANT ALL ON $name.* TO aam_it" ;;
    *)
        echo "recreate.sh: unknown database '$db' (postgresql or mariadb)" >&2; exit 2 ;;
esac

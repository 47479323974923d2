#!/usr/bin/env bash
# Makes the upgrade fixture of schema version 1 (src/test/resources/upgrade/v1): a database per kind (H2,
# PostgreSQL, MariaDB) written by the service as it stood before versioned migrations (commit 9883be1), with
# users, keys and tokens of every kind, and the data folder's keys that open them. Kept for the record: the
# fixture is committed and UpgradeFromV1PayaraProcessIT only reads it.
#   git worktree add /tmp/v1 9883be1 && (cd /tmp/v1 && mvn -q package -DskipTests)
#   src/test/upgrade/make-v1-fixture.sh /tmp/v1/target/aam-jwt.war
set -euo pipefail
WAR=${1:?the WAR of commit 9883be1}
HERE=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=$HERE/src/test/resources/upgrade/v1
MICRO=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
H2=$HOME/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar
WORK=$(mktemp -d)
PORT=18181
AAM=http://localhost:$PORT/aam/v2
rm -rf "$OUT" && mkdir -p "$OUT/data"
export AAM_DATA_DIR=$WORK/data AAM_ADMIN_USERNAME=admin AAM_ADMIN_PASSWORD=fixture-admin-password
# Tokens live as long as the service allows (max_expires_in, +1 year): the fixture's valid tokens, logins included,
# stay valid for a year from the day it is made (see its README).
export SERVICE_JWT_EXPIRES_IN="+1 year"
ADMIN=(-u admin:fixture-admin-password)

start() {
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$MICRO" --deploy "$WAR" --contextroot / --port $PORT --nocluster \
        >"$WORK/$1.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' $AAM/service/jwt)" = 401 ] && return 0
        sleep 1
    done
    echo "not ready, see $WORK/$1.log" >&2; kill $PID; exit 1
}

post() { curl -sf "${ADMIN[@]}" -H 'Content-Type: application/json' -X POST "$AAM/$1" -d "$2"; }

issue() { # user_id expires_in refreshable revocable kind
    post service/jwt "{\"user_id\":$1,\"expires_in\":\"$2\",\"is_refreshable\":$3,\"is_revocable\":$4,
        \"additional_claims\":{\"fixture\":\"$5\"}}" | jq -c --arg kind "$5" '{kind: $kind, id, token}'
}

fill() { # db
    local tokens=$WORK/$1-tokens.jsonl
    : >"$tokens"
    post users '{"username":"jane","password":"jane-password-1","display_name":"Jane Manager",
        "roles":["editor"],"capabilities":["aam_manager","aam_manage_jwt","aam_issue_refreshable_jwt"]}' >/dev/null
    post users '{"username":"Bob.Smith","password":"bob-password-1","email":"bob@example.org"}' >/dev/null
    post users '{"username":"carol","password":"carol-password-1","roles":["editor"]}' >/dev/null
    local old_kid
    old_kid=$(curl -sf "${ADMIN[@]}" $AAM/keys | jq -r '.[] | select(.status=="current") | .kid')
    for user in 1 2 3 4; do
        issue $user "+1 year" false true "old-key revocable" >>"$tokens"
        issue $user "+1 year" false false "old-key not-revocable" >>"$tokens"
        issue $user "+1 year" true true "old-key refreshable" >>"$tokens"
    done
    issue 2 "+1 second" false true "expired" >>"$tokens"
    # Rotate: a new key signs, the old one keeps verifying.
    local new_kid
    new_kid=$(curl -sf "${ADMIN[@]}" -X POST $AAM/keys | jq -r .kid)
    curl -sf "${ADMIN[@]}" -X POST "$AAM/keys/$new_kid/current" >/dev/null
    for user in 1 2 3 4; do
        issue $user "+1 year" false true "new-key revocable" >>"$tokens"
        issue $user "+1 year" true false "new-key refreshable not-revocable" >>"$tokens"
    done
    # A token of the administrator's own login, as clients get them.
    curl -sf -H 'Content-Type: application/json' -X POST $AAM/authenticate -d \
        '{"username":"jane","password":"jane-password-1","issueJWT":true,"refreshableJWT":true}' \
        | jq -c '{kind: "login refreshable", token: .jwt.token}' >>"$tokens"
    sleep 2
    # What v1 answered for each user's tokens: the test compares the upgraded service's answers with it.
    for user in 1 2 3 4; do
        curl -sf "${ADMIN[@]}" "$AAM/service/jwt?user_id=$user" | jq -c --argjson user $user '{user: $user, tokens: .}'
    done >"$WORK/$1-lists.jsonl"
    jq -s --arg old "$old_kid" --arg new "$new_kid" \
        --slurpfile lists "$WORK/$1-lists.jsonl" \
        '{old_kid: $old, new_kid: $new, tokens: ., lists: $lists,
          users: [{username: "admin", password: "fixture-admin-password"}, {username: "jane", password: "jane-password-1"},
                  {username: "Bob.Smith", password: "bob-password-1"}, {username: "carol", password: "carol-password-1"}]}' \
        "$tokens" >"$OUT/$1.json"
}

# H2: the embedded database of the data folder.
unset AAM_DATASOURCE_URL AAM_DATASOURCE_USER
start h2; fill h2; kill $PID; wait $PID || true
java -cp "$H2" org.h2.tools.Script -url "jdbc:h2:file:$WORK/data/aam" -user "" -script "$OUT/h2.sql"

export AAM_DATASOURCE_USER=postgres AAM_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/aam_schema_v1
psql -h 127.0.0.1 -U postgres -q -c 'DROP DATABASE IF EXISTS aam_schema_v1 WITH (FORCE)' -c 'CREATE DATABASE aam_schema_v1'
start postgresql; fill postgresql; kill $PID; wait $PID || true
pg_dump -h 127.0.0.1 -U postgres --no-owner --no-privileges aam_schema_v1 >"$OUT/postgresql.sql"
psql -h 127.0.0.1 -U postgres -q -c 'DROP DATABASE aam_schema_v1 WITH (FORCE)'

export AAM_DATASOURCE_USER=root AAM_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/aam_schema_v1
mariadb -h127.0.0.1 -uroot -e 'DROP DATABASE IF EXISTS aam_schema_v1; CREATE DATABASE aam_schema_v1'
start mariadb; fill mariadb; kill $PID; wait $PID || true
mariadb-dump -h127.0.0.1 -uroot --skip-comments aam_schema_v1 >"$OUT/mariadb.sql"
mariadb -h127.0.0.1 -uroot -e 'DROP DATABASE aam_schema_v1'

cp "$WORK"/data/signing-key-*.jwk "$WORK"/data/token-store-key "$OUT/data/"
echo "fixture in $OUT (work files in $WORK)"

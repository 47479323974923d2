#!/usr/bin/env bash
# The performance benchmark (its report: README.md beside this script). It builds the WAR, runs it on Payara
# Micro with a fresh embedded H2, creates its fixtures through the API, and drives each scenario with wrk on
# loopback. Then it stops the server, bulk-loads filler users with 10 tokens each straight into the H2 file (a
# million tokens by default), restarts and measures the same scenarios again. It prints one Markdown table.
#
#   src/test/bench/run.sh [--help]
#
# Settings, from the environment: BENCH_PORT (18181), BENCH_DURATION (10s), BENCH_WARMUP (5s: per scenario before
# its measurement, and per scenario in each of BENCH_WARMUP_ROUNDS (3) rounds over all of them first),
# BENCH_CONNECTIONS (8), BENCH_FILLER_USERS (100000; 0 measures the small database only), BENCH_RESETS (200),
# BENCH_JVM_OPTS (-Xmx256m),
# BENCH_JFR=1 (a flight recording per phase, kept with the work folder), BENCH_SKIP_BUILD=1 (reuse
# target/aam-jwt.war), BENCH_KEEP=1 (keep the work folder: server logs, wrk outputs, recordings).
set -euo pipefail

cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/common.sh
source src/test/bench/common.sh
readonly PORT=${BENCH_PORT:-18181}
readonly DURATION=${BENCH_DURATION:-10s}
readonly WARMUP=${BENCH_WARMUP:-5s}
readonly WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-3}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-8}
readonly FILLER_USERS=${BENCH_FILLER_USERS:-100000}
readonly RESETS=${BENCH_RESETS:-200}
readonly JVM_OPTS=${BENCH_JVM_OPTS:--Xmx256m}
readonly BASE="http://127.0.0.1:$PORT"
# Filler users get ids far above the ones the API hands out during the run.
readonly FILLER_FIRST_ID=1000000

WORK=$(mktemp -d /tmp/aam-bench.XXXXXX)
readonly WORK
readonly DATA=$WORK/data
readonly RESULTS=$WORK/results.tsv
SERVER_PID=
PHASE=
H2=

stop_server() {
    if [[ -n $SERVER_PID ]]; then
        # SIGTERM lets Payara run its shutdown hooks, so H2 closes its file cleanly before the bulk load.
        stop_process "$SERVER_PID"
        SERVER_PID=
    fi
}

cleanup() {
    stop_server
    if [[ -n ${BENCH_KEEP:-} ]]; then
        log "work folder kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

start_server() {
    local phase=$1
    local recording=()
    if [[ -n ${BENCH_JFR:-} ]]; then
        # Deep stacks: Payara's own frames take the default 64 before a request reaches this WAR's code.
        recording=("-XX:FlightRecorderOptions:stackdepth=1024"
            "-XX:StartFlightRecording=filename=$WORK/$phase.jfr,settings=profile")
    fi
    # shellcheck disable=SC2086 # JVM_OPTS holds several options
    start_payara "$PORT" "$DATA" "$WORK/payara-$phase" "$WORK/server-$phase.log" $JVM_OPTS "${recording[@]}"
    SERVER_PID=$PAYARA_PID
}

# The part of it spent by the JIT's compiler threads (a thread's name may hold spaces: fields are counted after it).
# It shows whether the warm-up was long enough: compiling is start-up work, not the cost of a request.
jit_ticks() {
    local total=0 task
    for task in "/proc/$SERVER_PID/task/"*; do
        if grep -qs '^C[12] CompilerThre' "$task/comm"; then
            total=$((total + $(sed 's/.*) //' "$task/stat" | awk '{ print $12 + $13 }')))
        fi
    done
    echo "$total"
}

# Other Maven and application server processes (our own server runs from the work folder): they share the CPU.
other_servers() {
    pgrep -af 'maven|payara|glassfish|jboss-modules' | grep -v "$WORK" | wc -l
}

# A token manager (so that they may list their own tokens); prints the new user's id.
new_manager() {
    admin_call POST aam/v2/users "{\"username\":\"$1\",\"password\":\"password-$1\",\
\"capabilities\":[\"aam_manager\",\"aam_manage_jwt\"]}" | jq -r .id
}

# Issues a token for a user; the extra JSON members go into the request. Prints the token object.
new_token() {
    local user_id=$1 extra=${2:-}
    admin_call POST aam/v2/service/jwt "{\"user_id\":$user_id${extra:+,$extra}}"
}

# The fixtures every phase measures; they are created once, in the small database, and survive the bulk load.
create_fixtures() {
    ADMIN_TOKEN=$(log_in admin "$ADMIN_PASSWORD")
    # The lister holds exactly 10 tokens and authenticates with one of them; list, get and validate only read.
    LISTER_ID=$(new_manager bench-lister)
    LISTER_TOKEN=$(new_token "$LISTER_ID" | jq -r .token)
    LISTER_TOKEN_ID=$(jq -Rr 'split(".")[1] | @base64d | fromjson | .jti' <<<"$LISTER_TOKEN")
    for _ in $(seq 9); do
        new_token "$LISTER_ID" >/dev/null
    done
    LISTER_BASIC=$(printf '%s' "bench-lister:password-bench-lister" | base64 -w0)
    # The creator creates tokens for themselves: their registry stays full, the oldest leave it. Its own token is
    # not revocable, so that it keeps working when it leaves the registry.
    local creator_id
    creator_id=$(new_manager bench-creator)
    CREATOR_TOKEN=$(new_token "$creator_id" '"is_revocable":false' | jq -r .token)
    new_manager bench-login >/dev/null
}

list_size() {
    curl -sS --fail-with-body -H "Authorization: Bearer $LISTER_TOKEN" "$BASE/aam/v2/service/jwt" | jq length
}

# Every scenario that wrk drives, handed to a function: name, method, path, body, headers.
for_each_scenario() {
    local action=$1
    local json=$'Content-Type: application/json'
    "$action" "health (bare)" GET aam/v2/health "" ""
    "$action" "list 10, Bearer" GET aam/v2/service/jwt "" "Authorization: Bearer $LISTER_TOKEN"
    "$action" "list 10, Basic" GET aam/v2/service/jwt "" "Authorization: Basic $LISTER_BASIC"
    "$action" "get one" GET "aam/v2/service/jwt/$LISTER_TOKEN_ID" "" "Authorization: Bearer $LISTER_TOKEN"
    "$action" "create" POST aam/v2/service/jwt "{}" "$json"$'\n'"Authorization: Bearer $CREATOR_TOKEN"
    "$action" "validate" POST aam/v2/jwt/validate "{\"jwt\":\"$LISTER_TOKEN\"}" "$json"
    "$action" "authenticate" POST aam/v2/authenticate \
        '{"username":"bench-login","password":"password-bench-login","issueJWT":true}' "$json"
}

# Load that is not measured: the JIT compiles the server's hot code meanwhile (its CPU time counts as the
# server's, so it must be over before a measurement starts).
warm_up() {
    local path=$3
    BENCH_METHOD=$2 BENCH_BODY=$4 BENCH_HEADERS=$5 drive "$CONNECTIONS" "$WARMUP" "$BASE/$path" /dev/null
}

# Runs one scenario of the current PHASE with wrk: a warm-up, then the measured run, between two readings of the
# server's CPU time. Appends: phase, scenario, requests/s, p50 ms, p99 ms, server CPU ms per request, failures,
# CPU ms of the JIT's compiler threads during the measurement.
measure() {
    local phase=$PHASE scenario=$1 method=$2 path=$3 body=$4 headers=$5
    local jit_before jit_after output=$WORK/wrk-$PHASE-$1.txt
    export BENCH_METHOD=$method BENCH_BODY=$body BENCH_HEADERS=$headers
    log "$phase: $scenario"
    warm_up "$@"
    jit_before=$(jit_ticks)
    drive_timed "$SERVER_PID" "$CONNECTIONS" "$DURATION" "$BASE/$path" "$output"
    jit_after=$(jit_ticks)
    printf '%s\t%s\t%s\t%d\n' "$phase" "$scenario" "$(wrk_stats "$output" "$TICKS")" \
        $(((jit_after - jit_before) * 1000 / HZ)) >>"$RESULTS"
}

# Reset deletes a user's whole registry, so each call needs a user of its own with 10 tokens: it is timed per
# call with curl, after a wrk warm-up on a user whose registry is empty.
measure_resets() {
    local phase=$1
    local ids=() id before after jit_before jit_after
    log "$phase: reset (creating $RESETS users with 10 tokens)"
    for i in $(seq "$RESETS"); do
        id=$(new_manager "bench-reset-$phase-$i")
        for _ in $(seq 10); do
            new_token "$id" >/dev/null
        done
        ids+=("$id")
    done
    id=$(new_manager "bench-reset-$phase-empty")
    BENCH_METHOD=POST BENCH_BODY="{\"user_id\":$id}" \
        BENCH_HEADERS=$'Content-Type: application/json\n'"Authorization: Bearer $ADMIN_TOKEN" \
        drive "$CONNECTIONS" "$WARMUP" "$BASE/aam/v2/service/jwt/reset" /dev/null
    : >"$WORK/reset-$phase.txt"
    jit_before=$(jit_ticks)
    before=$(cpu_ticks "$SERVER_PID")
    for id in "${ids[@]}"; do
        # One line per call: the answer (checked for 10 deleted tokens below), then the time curl measured.
        curl -sS -w ' %{time_total}\n' -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
            -d "{\"user_id\":$id}" "$BASE/aam/v2/service/jwt/reset" >>"$WORK/reset-$phase.txt"
    done
    after=$(cpu_ticks "$SERVER_PID")
    jit_after=$(jit_ticks)
    sort -k2 -g "$WORK/reset-$phase.txt" | awk -v phase="$phase" -v ticks=$((after - before)) \
        -v jit=$((jit_after - jit_before)) -v hz="$HZ" '
        { count++; time[count] = $2; total += $2; if ($1 !~ /"deleted_token_count":10/) failures++ }
        END {
            p50 = time[int((count + 1) / 2)]; p99 = time[int(count * 0.99 + 0.999)]
            printf "%s\treset (per call)\t%.1f\t%.2f\t%.2f\t%.3f\t%d\t%d\n", phase, count / total,
                p50 * 1000, p99 * 1000, ticks * 1000 / hz / count, failures, jit * 1000 / hz }' >>"$RESULTS"
}

measure_phase() {
    local phase=$1
    PHASE=$phase
    log "$phase: warming up every scenario, $WARMUP_ROUNDS rounds"
    for _ in $(seq "$WARMUP_ROUNDS"); do
        for_each_scenario warm_up
    done
    for_each_scenario measure
    measure_resets "$phase"
    echo "$phase: $(other_servers)" >>"$WORK/others.txt"
    local size
    size=$(list_size)
    [[ $size == 10 ]] || { log "the lister holds $size tokens instead of 10"; exit 1; }
    echo "$phase $(peak_rss_mib "$SERVER_PID")" >>"$WORK/rss.txt"
}

# Filler users and their tokens, never read by the benchmark: plausible values of realistic sizes (a sealed token
# is about 500 characters), signed by the service's key. Inserted by H2 itself, in batches of 10,000 users.
bulk_load() {
    local sql=$WORK/filler.sql
    echo "SET @kid = (SELECT MIN(kid) FROM aam_keys);" >"$sql"
    for ((first = 1; first <= FILLER_USERS; first += 10000)); do
        local last=$((first + 9999 < FILLER_USERS ? first + 9999 : FILLER_USERS))
        cat >>"$sql" <<SQL
INSERT INTO aam_users (id, username, username_key, password_hash, email, roles, capabilities, status,
        tokens_valid_from)
    SELECT $FILLER_FIRST_ID + X, 'filler-' || X, 'filler-' || X,
        'PBKDF2WithHmacSHA256:210000:' || REPEAT('c2FsdA', 7) || ':' || REPEAT('aGFzaA', 7),
        'filler-' || X || '@example.com', 'subscriber', '', 'ACTIVE', 0
    FROM SYSTEM_RANGE($first, $last);
INSERT INTO aam_tokens (id, user_id, list_order, compact, key_id, issued_at, expires_at, refreshable, revocable)
    SELECT CAST(RANDOM_UUID() AS VARCHAR), $FILLER_FIRST_ID + X / 10, MOD(X, 10) + 1,
        'v1.' || REPEAT(REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''), 16), @kid,
        1700000000 + X, 4102444800, FALSE, TRUE
    FROM SYSTEM_RANGE($first * 10, $last * 10 + 9);
SQL
    done
    echo "UPDATE aam_ids SET next_value = $((FILLER_FIRST_ID + FILLER_USERS + 1)) WHERE name = 'user';" >>"$sql"
    echo "ANALYZE;" >>"$sql"
    # Inserting at full speed leaves the file some 20 times larger than its data (3.8 GB for 170 MB); the server
    # would spend the large phase compacting it in the background. A database that grew in service is compact.
    echo "SHUTDOWN COMPACT;" >>"$sql"
    java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/aam" -user "" -script "$sql"
}

print_report() {
    echo
    echo "Machine: $(machine_summary); server JVM options: $JVM_OPTS; wrk -t1 -c$CONNECTIONS -d$DURATION."
    echo "Other Maven/Payara/GlassFish/WildFly processes at the end of each phase:" \
        "$(paste -sd, "$WORK/others.txt" | sed 's/,/, /g')."
    if ((FILLER_USERS > 0)); then
        echo "Large database: $FILLER_USERS more users with 10 tokens each."
    fi
    echo "Peak RSS of the server (VmHWM): $(awk '{ printf "%s%s %s MiB", (NR > 1 ? ", " : ""), $1, $2 }' "$WORK/rss.txt")."
    echo
    awk -F'\t' '
        { key = $1 SUBSEP $2; rps[key] = $3; p50[key] = $4; p99[key] = $5; cpu[key] = $6; failed[key] = $7
          jit[key] = $8
          if ($1 == "small") order[++n] = $2 }
        function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
        function row(phase, s, compare) {
            key = phase SUBSEP s; small = "small" SUBSEP s
            printf "| %s | %s | %.1f | %.2f | %.2f | %.3f | %d | %s | %d |", s, phase, rps[key], p50[key], p99[key],
                cpu[key], jit[key], ratio(rps[key], rps[phase SUBSEP "health (bare)"]), failed[key]
            if (compare) printf " %s | %s | %s | %s |\n", ratio(rps[key], rps[small]), ratio(p50[key], p50[small]),
                ratio(p99[key], p99[small]), ratio(cpu[key], cpu[small])
            else printf " | | | |\n"
        }
        END {
            print "| scenario | DB | req/s | p50 ms | p99 ms | server CPU ms/req | JIT ms in the run | req/s ÷ bare |" \
                  " failed | large ÷ small: req/s | p50 | p99 | CPU |"
            print "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            for (i = 1; i <= n; i++) {
                row("small", order[i], 0)
                if (("large" SUBSEP order[i]) in rps) row("large", order[i], 1)
            }
        }' "$RESULTS"
}

main() {
    require_tools curl jq java mvn
    require_free_ports "BENCH_PORT=$PORT"
    find_payara
    H2=$(maven_artifact com.h2database h2 "$(pom_version h2)")
    build_war
    log "small database: starting Payara Micro on port $PORT"
    start_server small
    create_fixtures
    measure_phase small
    stop_server
    if ((FILLER_USERS > 0)); then
        log "bulk-loading $FILLER_USERS users with 10 tokens each"
        bulk_load
        log "large database: starting Payara Micro again"
        start_server large
        ADMIN_TOKEN=$(log_in admin "$ADMIN_PASSWORD")
        measure_phase large
        stop_server
    fi
    print_report
}

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    print_help "$0"
    exit 0
fi
main

#!/usr/bin/env bash
# What a flood of HTTP Basic requests costs the server (issue: CPU exhaustion by password hashing). It starts a
# WAR on Payara Micro with a fresh embedded H2, then:
#   1. sends Basic requests with a wrong password to a static file of the console, 8 connections, and reads the
#      server's CPU time per request from /proc;
#   2. floods the same URL with 1, 2, 4 and 8 connections while one connection lists tokens with a Bearer token,
#      and gives that Bearer request's latency (p50, p99) beside the flood's rate.
#
#   src/test/bench/basic-flood.sh [path/to/aam-jwt.war]      (default: target/aam-jwt.war)
#
# Settings from the environment: BENCH_PORT (18282), BENCH_DURATION (10s). Compare two WARs in one sitting on a
# quiet machine: only ratios measured together mean anything on a shared 2-core machine.
set -euo pipefail

readonly WAR=$(realpath "${1:-target/aam-jwt.war}")
readonly PORT=${BENCH_PORT:-18282}
readonly DURATION=${BENCH_DURATION:-10s}
readonly BASE="http://127.0.0.1:$PORT"
readonly PAYARA=$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar
readonly HZ=$(getconf CLK_TCK)
readonly FLOOD_URL="$BASE/console/console.css"
readonly BASIC="Authorization: Basic $(printf 'nobody:guess' | base64 -w0)"
WORK=$(mktemp -d /tmp/aam-basic-flood.XXXXXX)
readonly WORK
SERVER_PID=

cleanup() {
    [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

AAM_DATA_DIR=$WORK/data AAM_ADMIN_PASSWORD=bench-admin-password java -Xmx512m -jar "$PAYARA" --deploy "$WAR" \
    --contextroot / --port "$PORT" --nocluster --rootdir "$WORK/payara" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 300); do
    curl -fs -o /dev/null "$BASE/aam/v2/health" && break
    sleep 1
done
TOKEN=$(curl -fsS -X POST "$BASE/aam/v2/authenticate" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"bench-admin-password","issueJWT":true}' | jq -r .jwt.token)
for _ in 1 2 3 4 5; do
    curl -fsS -o /dev/null -X POST "$BASE/aam/v2/service/jwt" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -d '{}'
done

cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"
}

# wrk's requests per second, and its p50 and p99 latency in ms.
wrk_summary() {
    awk '/Requests\/sec/ { rate = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
        END { printf "%s %s %s\n", rate, p50, p99 }' "$1"
}

# Warm-up: the JIT compiles the hot code first.
wrk -t 1 -c 4 -d 10s -H "$BASIC" "$FLOOD_URL" >/dev/null
wrk -t 1 -c 1 -d 10s -H "Authorization: Bearer $TOKEN" "$BASE/aam/v2/service/jwt?fields=id" >/dev/null

before=$(cpu_ticks)
wrk -t 1 -c 8 -d "$DURATION" --latency -H "$BASIC" "$FLOOD_URL" >"$WORK/basic.txt"
after=$(cpu_ticks)
requests=$(awk '/requests in/ { print $1 }' "$WORK/basic.txt")
echo "| Basic with a wrong password on /console/console.css, 8 connections | req/s | server CPU ms/req |"
echo "| --- | ---: | ---: |"
awk -v r="$requests" -v t=$((after - before)) -v hz="$HZ" -v war="$WAR" \
    -v rate="$(wrk_summary "$WORK/basic.txt" | cut -d' ' -f1)" \
    'BEGIN { printf "| %s | %s | %.3f |\n", war, rate, t * 1000 / hz / r }'
echo
echo "| flood connections | flood req/s | Bearer list p50 | Bearer list p99 |"
echo "| ---: | ---: | ---: | ---: |"
for connections in 1 2 4 8; do
    wrk -t 1 -c "$connections" -d 12s --latency -H "$BASIC" "$FLOOD_URL" >"$WORK/flood-$connections.txt" &
    flood=$!
    sleep 1
    wrk -c 1 -t 1 -d "$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$BASE/aam/v2/service/jwt?fields=id" \
        >"$WORK/bearer-$connections.txt"
    wait "$flood"
    read -r rate _ _ < <(wrk_summary "$WORK/flood-$connections.txt")
    read -r _ p50 p99 < <(wrk_summary "$WORK/bearer-$connections.txt")
    echo "| $connections | $rate | $p50 | $p99 |"
done

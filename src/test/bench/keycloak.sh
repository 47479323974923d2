#!/usr/bin/env bash
# The service against Keycloak, the token server its users would otherwise pick, measured together on this machine
# (README.md beside this script, "Against Keycloak"): the same JDK and heap options for both JVMs, both signing
# RS256, loopback only, wrk -t1. It builds the WAR, fetches org.keycloak:keycloak-quarkus-dist:<version>:zip from
# Maven Central (mvn dependency:copy, once: it stays in the local repository), and starts the service on Payara
# Micro (a fresh embedded H2) and Keycloak with kc.sh start-dev (a fresh dev-file H2), each timed from its launch to
# its first 200. It creates the fixtures through their APIs, stops both and times a restart, warms both up, then
# measures every scenario in interleaved rounds (in each round each scenario on the service, then on Keycloak).
# The report (medians over the rounds, the ratios service ÷ Keycloak, the server's own CPU per request from
# /proc/<pid>/stat, start-up times, peak RSS, then every run) goes to target/bench-keycloak.md and to the output.
#
#   src/test/bench/keycloak.sh [--dry-run] [--keycloak VERSION] [--help]
#
# Scenarios (connections): the service's request | Keycloak's
#   jwks (8)      GET /.well-known/jwks.json | GET /realms/bench/protocol/openid-connect/certs
#   list (8, 2)   GET /aam/v2/service/jwt with a revocable admin token (the admin holds 10) | GET userinfo with
#                 alice's token (scope openid)
#   get (8)       GET /aam/v2/service/jwt/{that token's id} | GET userinfo
#   validate (8)  POST /aam/v2/jwt/validate {"jwt": that token} | POST token/introspect as client "api"
#   issue (8)     POST /aam/v2/service/jwt {"expires_in":"+1 hour"} with a non-revocable admin token (the registry
#                 stays at 10) | client_credentials grant as client "svc"
#   login (2)     POST /aam/v2/authenticate as alice | password grant for alice as client "svc"
# The tokens a run sends are issued just before it (an issue run pushes the older ones out of the admin's registry;
# Keycloak's live 5 minutes). A run counts when wrk saw no failure (socket error, timeout, status >= 400) and a curl
# of the same request before and after it answered 2xx (the list with 10 tokens, the introspection "active").
# Fixtures: the service's administrator "admin" and user "alice"; Keycloak's realm "bench" with the confidential
# clients "svc" (service account, direct grants, an audience mapper that adds "api") and "api", and user "alice".
#
# Settings, from the environment: BENCH_ROUNDS (3), BENCH_DURATION (10s, each measured run), BENCH_WARMUP (5s:
# before each measured run, and per scenario and server in each of BENCH_WARMUP_ROUNDS (3) rounds first),
# BENCH_JVM_OPTS (-Xmx512m, both JVMs: for Keycloak in place of kc.sh's -Xms64m -Xmx512m),
# BENCH_KEYCLOAK_VERSION (26.7.3; --keycloak wins), BENCH_SERVICE_PORT (18383), BENCH_KEYCLOAK_PORT (18480; Keycloak's management interface one above),
# BENCH_SKIP_BUILD=1 (reuse target/aam-jwt.war), BENCH_KEEP=1 (keep the work folder: logs, wrk outputs, samples).
# --dry-run: one round of 3 s runs after 1 s warm-ups and one warm-up round of 1 s (the BENCH_ variables still
# win): it shows that every scenario works, in a few minutes; its figures mean nothing.
set -euo pipefail

cd "$(dirname "$0")/../../.."
# shellcheck source=src/test/bench/common.sh
source src/test/bench/common.sh

DRY='' KEYCLOAK_VERSION=${BENCH_KEYCLOAK_VERSION:-26.7.3}
while (($#)); do
    case $1 in
        --dry-run) DRY=1 ;;
        --keycloak) KEYCLOAK_VERSION=${2:?--keycloak needs a version}; shift ;;
        -h | --help) print_help "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
readonly DRY KEYCLOAK_VERSION
# The defaults: rounds, duration, warm-up, warm-up rounds.
if [[ -n $DRY ]]; then defaults=(1 3s 1s 1); else defaults=(3 10s 5s 3); fi
readonly ROUNDS=${BENCH_ROUNDS:-${defaults[0]}} DURATION=${BENCH_DURATION:-${defaults[1]}}
readonly WARMUP=${BENCH_WARMUP:-${defaults[2]}} WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-${defaults[3]}}
readonly JVM_OPTS=${BENCH_JVM_OPTS:--Xmx512m}
readonly SERVICE_PORT=${BENCH_SERVICE_PORT:-18383} KEYCLOAK_PORT=${BENCH_KEYCLOAK_PORT:-18480}
readonly BASE=http://127.0.0.1:$SERVICE_PORT KC_BASE=http://127.0.0.1:$KEYCLOAK_PORT
readonly OIDC=$KC_BASE/realms/bench/protocol/openid-connect
readonly REPORT=target/bench-keycloak.md
readonly ALICE_PASSWORD=alice-password SVC_SECRET=svc-secret API_SECRET=api-secret
# Each measured run: scenario and connections.
readonly RUNS=("jwks 8" "list 8" "list 2" "get 8" "validate 8" "issue 8" "login 2")

WORK=$(mktemp -d /tmp/aam-bench-keycloak.XXXXXX)
readonly WORK KC_HOME=$WORK/keycloak-$KEYCLOAK_VERSION
mkdir -p "$WORK/wrk" "$WORK/samples"
SERVICE_PID='' KC_PID='' KC_JVM='' ADMIN_TOKEN='' KC_ADMIN='' FRESH='' FRESH_ID='' ALICE='' URL=''

stop_service() {
    if [[ -n $SERVICE_PID ]]; then
        stop_process "$SERVICE_PID"
        SERVICE_PID=
    fi
}

# kc.sh runs Keycloak's JVM as its child and hands SIGTERM on to it (after a re-augmentation it has become that
# JVM): the JVM is stopped first, then kc.sh.
stop_keycloak() {
    [[ -n $KC_JVM ]] || KC_JVM=$(keycloak_jvm)
    if [[ -n $KC_JVM ]]; then
        stop_process "$KC_JVM"
        KC_JVM=
    fi
    if [[ -n $KC_PID ]]; then
        stop_process "$KC_PID"
        KC_PID=
    fi
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    stop_service
    stop_keycloak
    if [[ -n ${BENCH_KEEP:-} ]]; then
        log "work folder kept: $WORK"
    elif ((status != 0)); then
        rm -rf "$KC_HOME" "$WORK"/payara-*
        log "failed (exit status $status); logs and wrk outputs in $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

die() {
    log "FAILED: $*"
    exit 1
}

# One fact of the run for the report: key, the service's value, Keycloak's.
fact() {
    printf '%s\t%s\t%s\n' "$@" >>"$WORK/facts.tsv"
}

seconds_since() { # EPOCHREALTIME of the start
    awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.1f\n", now - start }'
}

# Keycloak's JVM: kc.sh itself after a re-augmentation (it execs java), else its java child; empty when none.
keycloak_jvm() {
    [[ -n $KC_PID ]] && alive "$KC_PID" || return 0
    if [[ $(cat "/proc/$KC_PID/comm" 2>/dev/null) == java ]]; then
        echo "$KC_PID"
    else
        pgrep -P "$KC_PID" -x java | head -1 || true
    fi
}

# Starts the service (RS256, its own keys) and times it to its first 200; a second start reuses its data.
start_service() { # fresh | restart
    local start=$EPOCHREALTIME
    log "service: starting ($1)"
    # shellcheck disable=SC2086 # JVM_OPTS holds several options
    SERVICE_JWT_SIGNING_ALGORITHM=RS256 start_payara "$SERVICE_PORT" "$WORK/service-data" "$WORK/payara-$1" \
        "$WORK/service-$1.log" $JVM_OPTS
    SERVICE_PID=$PAYARA_PID
    seconds_since "$start" >"$WORK/start-service-$1"
}

start_keycloak() { # fresh | restart
    local start=$EPOCHREALTIME
    log "Keycloak: starting ($1)"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$ADMIN_PASSWORD JAVA_OPTS_KC_HEAP=$JVM_OPTS \
        "$KC_HOME/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$KEYCLOAK_PORT" \
        --http-management-port $((KEYCLOAK_PORT + 1)) >"$WORK/keycloak-$1.log" 2>&1 &
    KC_PID=$!
    wait_for_200 "$KC_BASE/realms/master/.well-known/openid-configuration" "$KC_PID" "$WORK/keycloak-$1.log"
    seconds_since "$start" >"$WORK/start-keycloak-$1"
    KC_JVM=$(keycloak_jvm)
    [[ -n $KC_JVM ]] || die "no Keycloak JVM under kc.sh (pid $KC_PID)"
}

# The -Xms and -Xmx options of a command line saved from /proc/<pid>/cmdline.
heap_options() { # file
    tr '\0' '\n' <"$1" | grep -E '^-Xm[sx]' | paste -sd' ' || echo none
}

# The claims (2) or the header (1) of a JWT, decoded.
jwt_part() { # token part
    local part
    part=$(cut -d. -f"$2" <<<"$1" | tr '_-' '/+')
    while ((${#part} % 4)); do
        part+='='
    done
    base64 -d <<<"$part"
}

service_fixtures() {
    log "service: fixtures"
    ADMIN_TOKEN=$(log_in admin "$ADMIN_PASSWORD")
    # Issuing runs on a non-revocable token: the tokens it issues push it out of the registry, and it keeps working.
    ADMIN_TOKEN=$(admin_call POST aam/v2/service/jwt '{"is_revocable":false}' | jq -er .token)
    admin_call POST aam/v2/users "{\"username\":\"alice\",\"password\":\"$ALICE_PASSWORD\",\
\"email\":\"alice@example.com\",\"display_name\":\"Alice Liddell\"}" >/dev/null
    for _ in $(seq 10); do
        admin_call POST aam/v2/service/jwt '{}' >/dev/null
    done
    [[ $(admin_call GET aam/v2/service/jwt | jq length) == 10 ]] || die "the service's admin does not hold 10 tokens"
    [[ $(jwt_part "$ADMIN_TOKEN" 1 | jq -r .alg) == RS256 ]] || die "the service does not sign RS256"
}

keycloak_admin() { # method path [json]
    curl -sS --fail-with-body -X "$1" -H "Authorization: Bearer $KC_ADMIN" -H 'Content-Type: application/json' \
        ${3:+--data-binary "$3"} "$KC_BASE/admin/realms$2"
}

# A confidential client of the realm "bench"; further members of its JSON as the third argument.
keycloak_client() { # client_id secret json
    keycloak_admin POST /bench/clients "{\"clientId\":\"$1\",\"secret\":\"$2\",\"publicClient\":false,\
\"clientAuthenticatorType\":\"client-secret\",\"standardFlowEnabled\":false,$3}"
}

keycloak_fixtures() {
    log "Keycloak: fixtures"
    KC_ADMIN=$(curl -sS --fail-with-body -d grant_type=password -d client_id=admin-cli -d username=admin \
        -d "password=$ADMIN_PASSWORD" "$KC_BASE/realms/master/protocol/openid-connect/token" | jq -er .access_token)
    keycloak_admin POST "" '{"realm":"bench","enabled":true}'
    keycloak_client api "$API_SECRET" '"directAccessGrantsEnabled":false,"serviceAccountsEnabled":false'
    # Keycloak's introspection answers "active" only to a client the token names in aud: the mapper adds "api".
    keycloak_client svc "$SVC_SECRET" '"directAccessGrantsEnabled":true,"serviceAccountsEnabled":true,
"protocolMappers":[{"name":"api-audience","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
"config":{"included.client.audience":"api","access.token.claim":"true","id.token.claim":"false",
"introspection.token.claim":"true"}}]'
    # Keycloak's user profile wants the names and the e-mail address before it lets a user log in.
    keycloak_admin POST /bench/users "{\"username\":\"alice\",\"enabled\":true,\"email\":\"alice@example.com\",\
\"emailVerified\":true,\"firstName\":\"Alice\",\"lastName\":\"Liddell\",\"credentials\":[{\"type\":\"password\",\
\"value\":\"$ALICE_PASSWORD\",\"temporary\":false}]}"
    [[ $(jwt_part "$(keycloak_token grant_type=client_credentials)" 1 | jq -r .alg) == RS256 ]] ||
        die "Keycloak does not sign RS256"
}

# An access token from the realm's token endpoint, asked for as client "svc".
keycloak_token() { # form field...
    local field fields=()
    for field in "$@"; do
        fields+=(-d "$field")
    done
    curl -sS --fail-with-body -u "svc:$SVC_SECRET" "${fields[@]}" "$OIDC/token" | jq -er .access_token
}

# The tokens a run of the server sends, issued just before it: FRESH and FRESH_ID (the service's admin), ALICE.
fresh_tokens() { # service | keycloak
    local issued
    if [[ $1 == service ]]; then
        issued=$(admin_call POST aam/v2/service/jwt '{}')
        FRESH=$(jq -er .token <<<"$issued")
        FRESH_ID=$(jq -er .id <<<"$issued")
    else
        ALICE=$(keycloak_token grant_type=password username=alice "password=$ALICE_PASSWORD" scope=openid)
    fi
}

# One scenario's request on one server: sets URL, and BENCH_METHOD, BENCH_BODY and BENCH_HEADERS for request.lua.
request() { # service | keycloak, scenario
    local json='Content-Type: application/json' form='Content-Type: application/x-www-form-urlencoded'
    BENCH_METHOD=GET BENCH_BODY='' BENCH_HEADERS=''
    case $1:$2 in
        service:jwks) URL=$BASE/.well-known/jwks.json ;;
        service:list) URL=$BASE/aam/v2/service/jwt BENCH_HEADERS="Authorization: Bearer $FRESH" ;;
        service:get) URL=$BASE/aam/v2/service/jwt/$FRESH_ID BENCH_HEADERS="Authorization: Bearer $FRESH" ;;
        service:validate)
            BENCH_METHOD=POST URL=$BASE/aam/v2/jwt/validate BENCH_BODY="{\"jwt\":\"$FRESH\"}" BENCH_HEADERS=$json ;;
        service:issue)
            BENCH_METHOD=POST URL=$BASE/aam/v2/service/jwt BENCH_BODY='{"expires_in":"+1 hour"}'
            BENCH_HEADERS="$json"$'\n'"Authorization: Bearer $ADMIN_TOKEN" ;;
        service:login)
            BENCH_METHOD=POST URL=$BASE/aam/v2/authenticate BENCH_HEADERS=$json
            BENCH_BODY="{\"username\":\"alice\",\"password\":\"$ALICE_PASSWORD\",\"issueJWT\":true}" ;;
        keycloak:jwks) URL=$OIDC/certs ;;
        keycloak:list | keycloak:get) URL=$OIDC/userinfo BENCH_HEADERS="Authorization: Bearer $ALICE" ;;
        keycloak:validate)
            BENCH_METHOD=POST URL=$OIDC/token/introspect BENCH_BODY="token=$ALICE"
            BENCH_HEADERS="$form"$'\n'"Authorization: Basic $(printf 'api:%s' "$API_SECRET" | base64 -w0)" ;;
        keycloak:issue | keycloak:login)
            BENCH_METHOD=POST URL=$OIDC/token BENCH_BODY=grant_type=client_credentials
            if [[ $2 == login ]]; then
                BENCH_BODY="grant_type=password&username=alice&password=$ALICE_PASSWORD"
            fi
            BENCH_HEADERS="$form"$'\n'"Authorization: Basic $(printf 'svc:%s' "$SVC_SECRET" | base64 -w0)" ;;
        *) die "no scenario $2 for $1" ;;
    esac
    export BENCH_METHOD BENCH_BODY BENCH_HEADERS
}

# The request once with curl: prints its status, or the status and what is wrong with the answer; keeps the body.
sample() { # service | keycloak, scenario, body file
    local status header args=(-s -o "$3" -w '%{http_code}' --max-time 30 -X "$BENCH_METHOD")
    while IFS= read -r header; do
        [[ -z $header ]] || args+=(-H "$header")
    done <<<"$BENCH_HEADERS"
    [[ -z $BENCH_BODY ]] || args+=(--data-binary "$BENCH_BODY")
    status=$(curl "${args[@]}" "$URL" || true)
    case $1:$2 in
        service:list) [[ $(jq length "$3" 2>/dev/null) == 10 ]] || status+=" (not 10 tokens)" ;;
        keycloak:validate) [[ $(jq .active "$3" 2>/dev/null) == true ]] || status+=" (not active)" ;;
    esac
    echo "$status"
}

# The machine's busy CPU time, in clock ticks (user, nice, system, irq, softirq of /proc/stat's first line).
machine_ticks() {
    awk 'NR == 1 { print $2 + $3 + $4 + $7 + $8; exit }' /proc/stat
}

# Warms a server up: every scenario for WARMUP, with fresh tokens; a request that fails here stops the benchmark.
warm_up() { # service | keycloak
    local run scenario conns status
    for run in "${RUNS[@]}"; do
        read -r scenario conns <<<"$run"
        fresh_tokens "$1"
        request "$1" "$scenario"
        status=$(sample "$1" "$scenario" "$WORK/samples/warm-up-$1-$scenario")
        [[ $status == 2?? ]] || die "$1, $scenario: $status (answer in $WORK/samples/warm-up-$1-$scenario)"
        drive "$conns" "$WARMUP" "$URL" /dev/null
    done
}

# One measured run: fresh tokens, a curl sample, WARMUP of wrk, the measured wrk run between readings of the
# server's and the machine's CPU time, another sample. Appends a row to results.tsv.
measure() { # round scenario connections service | keycloak
    local round=$1 scenario=$2 conns=$3 server=$4 pid=$SERVICE_PID tag before after machine start
    [[ $server == service ]] || pid=$KC_JVM
    tag=r$round-$scenario-c$conns-$server
    log "round $round: $scenario, $conns connections, $server"
    fresh_tokens "$server"
    request "$server" "$scenario"
    before=$(sample "$server" "$scenario" "$WORK/samples/$tag-before")
    drive "$conns" "$WARMUP" "$URL" /dev/null
    machine=$(machine_ticks) start=$EPOCHREALTIME
    drive_timed "$pid" "$conns" "$DURATION" "$URL" "$WORK/wrk/$tag.txt"
    machine=$(($(machine_ticks) - machine))
    after=$(sample "$server" "$scenario" "$WORK/samples/$tag-after")
    # The rest of the machine (wrk and the idle server included), in cores.
    machine=$(awk -v t="$((machine - TICKS))" -v hz="$HZ" -v s="$start" -v now="$EPOCHREALTIME" \
        'BEGIN { printf "%.2f", t / hz / (now - s) }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$conns" "$server" \
        "$(wrk_stats "$WORK/wrk/$tag.txt" "$TICKS")" "$before" "$after" "$machine" >>"$WORK/results.tsv"
}

# The report, in Markdown: medians of the valid runs, then the facts, then every run.
report() {
    local kind="Full run"
    [[ -z $DRY ]] || kind="DRY RUN (--dry-run: too short to mean anything, it only shows that every scenario works)"
    echo "# The AAM JWT service against Keycloak $KEYCLOAK_VERSION"
    echo
    echo "$kind, $(date -u '+%F %H:%M') UTC, commit $(git log -1 --format=%h 2>/dev/null || echo unknown)$(
        [[ -z $(git status --porcelain -- pom.xml src/main 2>/dev/null) ]] || echo ' with uncommitted changes')."
    echo
    echo "- Machine: $(machine_summary); loopback; \`wrk -t1 --timeout 10s\` on the same cores."
    echo "- Service: target/aam-jwt.war on Payara Micro $(pom_version payara.version), RS256, embedded H2;" \
        "Keycloak: keycloak-quarkus-dist $KEYCLOAK_VERSION, \`kc.sh start-dev\` (dev-file H2). Heap options on the" \
        "JVMs' command lines: service \`$(heap_options "$WORK/cmdline-service")\`," \
        "Keycloak \`$(heap_options "$WORK/cmdline-keycloak")\`."
    echo "- $ROUNDS round(s), interleaved (each scenario on the service, then on Keycloak); each run $WARMUP of" \
        "warm-up, then $DURATION measured; before the rounds $WARMUP_ROUNDS warm-up round(s) of $WARMUP per" \
        "scenario and server, the service's first."
    echo "- Medians over the runs that counted (no wrk failure, a curl of the same request before and after answered" \
        "2xx); ÷ is service ÷ Keycloak: above 1, the service has more requests/s, or more latency or CPU."
    echo "- CPU ms/req: the server JVM's own CPU time (utime + stime, /proc/<pid>/stat) over the measured run," \
        "by its requests."
    echo
    awk -F'\t' -v rounds="$ROUNDS" '
        function median(list,    n, v, i, j, t) {
            n = split(list, v, " ")
            if (n == 0) return ""
            for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
            return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        }
        function cell(value, digits) { return value == "" ? "-" : sprintf("%." digits "f", value) }
        function ratio(a, b) { return a == "" || b == "" || b == 0 ? "-" : sprintf("%.2f", a / b) }
        BEGIN {
            what["jwks"] = "key set: GET /.well-known/jwks.json vs GET …/certs"
            what["list"] = "Bearer read: GET /aam/v2/service/jwt (10 tokens) vs GET …/userinfo"
            what["get"] = "Bearer read: GET /aam/v2/service/jwt/{id} vs GET …/userinfo"
            what["validate"] = "token check: POST /aam/v2/jwt/validate vs POST …/token/introspect"
            what["issue"] = "issue: POST /aam/v2/service/jwt vs client_credentials grant"
            what["login"] = "password login: POST /aam/v2/authenticate vs password grant"
        }
        {
            key = $2 " " $3
            if (!(key in seen)) { seen[key] = 1; order[++n] = key }
            runs[key, $4]++
            if ($9 == 0 && $10 ~ /^2[0-9][0-9]$/ && $11 ~ /^2[0-9][0-9]$/) {
                rps[key, $4] = rps[key, $4] " " $5; p50[key, $4] = p50[key, $4] " " $6
                p99[key, $4] = p99[key, $4] " " $7; cpu[key, $4] = cpu[key, $4] " " $8
            } else failed[key, $4]++
        }
        END {
            print "| scenario | conns | req/s service | req/s Keycloak | ÷ | p50 ms service | p50 ms Keycloak | ÷ " \
                "| p99 ms service | p99 ms Keycloak | ÷ | CPU ms/req service | CPU ms/req Keycloak | ÷ " \
                "| runs failed (service, Keycloak) |"
            print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            for (i = 1; i <= n; i++) {
                key = order[i]; split(key, part, " ")
                s = "service"; k = "keycloak"
                rs = median(rps[key, s]); rk = median(rps[key, k]); as = median(p50[key, s]); ak = median(p50[key, k])
                ns = median(p99[key, s]); nk = median(p99[key, k]); cs = median(cpu[key, s]); ck = median(cpu[key, k])
                printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d of %d, %d of %d |\n",
                    what[part[1]], part[2], cell(rs, 1), cell(rk, 1), ratio(rs, rk), cell(as, 2), cell(ak, 2),
                    ratio(as, ak), cell(ns, 2), cell(nk, 2), ratio(ns, nk), cell(cs, 3), cell(ck, 3), ratio(cs, ck),
                    failed[key, s], runs[key, s], failed[key, k], runs[key, k]
            }
        }' "$WORK/results.tsv"
    echo
    echo "| | service | Keycloak | ÷ |"
    echo "| --- | ---: | ---: | ---: |"
    awk -F'\t' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, ($3 > 0 ? sprintf("%.2f", $2 / $3) : "-") }' \
        "$WORK/facts.tsv"
    echo
    echo "Every run (failures: wrk's socket errors, timeouts and answers >= 400; curl: the sample's status before and" \
        "after; rest of the machine: the CPU of all but the measured server, wrk and the other server included):"
    echo
    echo "| round | scenario | conns | server | req/s | p50 ms | p99 ms | CPU ms/req | failures | curl | rest of the machine, cores |"
    echo "| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s, %s | %s |\n",
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 }' "$WORK/results.tsv"
}

main() {
    local round run scenario conns server zip
    require_tools curl jq java mvn unzip
    require_free_ports "BENCH_SERVICE_PORT=$SERVICE_PORT" "BENCH_KEYCLOAK_PORT=$KEYCLOAK_PORT" \
        "BENCH_KEYCLOAK_PORT=$((KEYCLOAK_PORT + 1))"
    [[ $ROUNDS$WARMUP_ROUNDS =~ ^[0-9]+$ && $ROUNDS -ge 1 ]] || die "BENCH_ROUNDS and BENCH_WARMUP_ROUNDS are counts"
    find_payara
    zip=$(maven_artifact org.keycloak keycloak-quarkus-dist "$KEYCLOAK_VERSION" zip)
    build_war
    unzip -q "$zip" -d "$WORK"
    [[ -x $KC_HOME/bin/kc.sh ]] || die "no keycloak-$KEYCLOAK_VERSION/bin/kc.sh in $zip"

    # One server starts at a time, so that neither start-up is timed while the other one takes the CPU.
    start_service fresh
    start_keycloak fresh
    service_fixtures
    keycloak_fixtures
    log "stopping both to time a restart"
    stop_service
    stop_keycloak
    start_service restart
    start_keycloak restart
    fact "start-up to first 200, fresh data (s)" "$(cat "$WORK/start-service-fresh")" \
        "$(cat "$WORK/start-keycloak-fresh")"
    fact "start-up to first 200, restart (s)" "$(cat "$WORK/start-service-restart")" \
        "$(cat "$WORK/start-keycloak-restart")"

    for ((round = 1; round <= WARMUP_ROUNDS; round++)); do
        for server in service keycloak; do
            log "warm-up round $round of $WARMUP_ROUNDS: $server, $WARMUP per scenario"
            warm_up "$server"
        done
    done
    for ((round = 1; round <= ROUNDS; round++)); do
        for run in "${RUNS[@]}"; do
            read -r scenario conns <<<"$run"
            measure "$round" "$scenario" "$conns" service
            measure "$round" "$scenario" "$conns" keycloak
        done
    done
    cp "/proc/$SERVICE_PID/cmdline" "$WORK/cmdline-service"
    cp "/proc/$KC_JVM/cmdline" "$WORK/cmdline-keycloak"
    fact "peak RSS since the restart, VmHWM (MiB)" "$(peak_rss_mib "$SERVICE_PID")" "$(peak_rss_mib "$KC_JVM")"
    stop_service
    stop_keycloak
    report >"$REPORT"
    cat "$REPORT"
    log "report: $REPORT"
    if awk -F'\t' '$9 != 0 || $10 !~ /^2[0-9][0-9]$/ || $11 !~ /^2[0-9][0-9]$/ { bad = 1 } END { exit !bad }' \
        "$WORK/results.tsv"; then
        die "some runs failed (see the report's last table; BENCH_KEEP=1 keeps wrk's outputs and the samples)"
    fi
}

main

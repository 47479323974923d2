# Helpers shared by the benchmarks (run.sh, keycloak.sh): sourced, never run. The sourcing script has changed to
# the project's root first, and sets WORK (its work folder) before it calls them. The service's helpers below read
# BASE (the service's URL, no trailing slash) and ADMIN_TOKEN.
# shellcheck shell=bash

readonly BENCH=src/test/bench
readonly WAR=target/aam-jwt.war
# The administrator the service creates at its first start (AAM_ADMIN_USERNAME, AAM_ADMIN_PASSWORD).
readonly ADMIN_PASSWORD=bench-admin-password
HZ=$(getconf CLK_TCK)
readonly HZ
PAYARA=
# Set by drive_timed: the server's CPU ticks during its run.
TICKS=0

log() {
    echo "[bench $(date +%T)] $*" >&2
}

# A script's header comment, from its second line to the first line that is not a comment.
print_help() { # script
    sed -n '2,/^[^#]/{/^#/!d; s/^# \{0,1\}//; p}' "$1"
}

# wrk (installed with apt-get when missing) and the other commands named.
require_tools() { # command...
    if ! command -v wrk >/dev/null; then
        log "installing wrk"
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    fi
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { log "$tool is needed"; return 1; }
    done
}

# Fails when something already listens on one of the ports on loopback.
require_free_ports() { # variable=port...: the variable is named in the message (the setting that moves the port)
    local pair
    for pair in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/${pair#*=}") 2>/dev/null; then
            log "port ${pair#*=} is taken: set ${pair%%=*}"
            return 1
        fi
    done
}

# The version of a dependency, or of a property, in the project's pom.xml: the benchmark runs what the build uses.
pom_version() { # artifactId | property name
    local version
    version=$(sed -n -e "s:.*<$1>\([^<]*\)</$1>.*:\1:p" \
        -e "s:.*<artifactId>$1</artifactId><version>\([^<$]*\)</version>.*:\1:p" pom.xml | head -1)
    [[ -n $version ]] || { log "no version of $1 in pom.xml"; return 1; }
    echo "$version"
}

# Prints the path of an artifact in the local Maven repository, fetching it first when it is missing.
# dependency:copy, not dependency:get: get also resolves the artifact's own dependencies, which for Keycloak's
# distribution are not all on Maven Central.
maven_artifact() { # groupId artifactId version [type]
    local type=${4:-jar}
    local path=$HOME/.m2/repository/${1//.//}/$2/$3/$2-$3.$type
    if [[ ! -f $path ]]; then
        log "fetching $1:$2:$3:$type"
        mvn -B -q dependency:copy -Dartifact="$1:$2:$3:$type" -DoutputDirectory="$WORK/maven" >&2 || true
        rm -rf "$WORK/maven"
    fi
    [[ -f $path ]] || { log "cannot fetch $1:$2:$3:$type"; return 1; }
    echo "$path"
}

# Sets PAYARA: the Payara Micro jar of the version the pom names.
find_payara() {
    PAYARA=$(maven_artifact fish.payara.extras payara-micro "$(pom_version payara.version)")
}

# Builds the WAR, unless BENCH_SKIP_BUILD is set (then the WAR of an earlier build must be there).
build_war() {
    if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
        log "building the WAR"
        mvn -B -q -DskipTests package
    fi
    [[ -f $WAR ]] || { log "no $WAR: build it, or unset BENCH_SKIP_BUILD"; return 1; }
}

# Waits until the URL answers 200, 300 s at most, polling every 0.2 s; fails as soon as the process has ended.
wait_for_200() { # url pid log
    local deadline=$((SECONDS + 300))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1") == 200 ]]; do
        if ! alive "$2"; then
            tail -40 "$3" >&2
            log "the server stopped during start-up (log: $3)"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            log "no 200 from $1 within 300 s (log: $3)"
            return 1
        fi
        sleep 0.2
    done
}

# Starts the service's WAR on Payara Micro in the background, and waits until its health check answers. Sets
# PAYARA_PID. The data folder holds its embedded H2 (fresh when empty); its administrator is "admin" with
# ADMIN_PASSWORD. Other settings of the service come from the caller's environment, as in
# SERVICE_JWT_SIGNING_ALGORITHM=RS256 start_payara ...
start_payara() { # port data_folder root_folder log java_option...
    local port=$1 data=$2 root=$3 server_log=$4
    shift 4
    AAM_DATA_DIR=$data AAM_ADMIN_USERNAME=admin AAM_ADMIN_PASSWORD=$ADMIN_PASSWORD \
        java "$@" -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$port" --nocluster \
        --rootdir "$root" >"$server_log" 2>&1 &
    PAYARA_PID=$!
    wait_for_200 "http://127.0.0.1:$port/aam/v2/health" "$PAYARA_PID" "$server_log"
}

# True while the process runs (an ended child that was not waited for yet does not count).
alive() { # pid
    local stat
    [[ -n ${1:-} ]] && stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat%% *} != [ZX] ]]
}

# Stops a process with SIGTERM, so that its shutdown hooks run (H2 closes its file), and waits for it; SIGKILL
# after 60 s.
stop_process() { # pid
    local pid=$1 i
    kill "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 600; i++)); do
        alive "$pid" || break
        sleep 0.1
    done
    if alive "$pid"; then
        log "process $pid did not stop within 60 s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

# A process's own CPU time (user + system), in clock ticks: fields 14 and 15 of /proc/<pid>/stat.
cpu_ticks() { # pid
    local stat
    stat=$(cat "/proc/$1/stat")
    # The fields after the command's name, which may hold spaces: utime and stime are the 12th and 13th of them.
    awk '{ print $12 + $13 }' <<<"${stat##*) }"
}

peak_rss_mib() { # pid
    awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# One line about the machine: cores, CPU model, memory, Java.
machine_summary() {
    echo "$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
        "$(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
}

# A JSON request to the service as the administrator (ADMIN_TOKEN); prints the answer, fails on an error status.
admin_call() { # method path [json]
    local method=$1 path=$2 body=${3:-}
    curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $ADMIN_TOKEN" \
        -H 'Content-Type: application/json' ${body:+-d "$body"} "$BASE/$path"
}

# Logs in to the service; prints the token it issues.
log_in() { # username password
    curl -sS --fail-with-body -H 'Content-Type: application/json' \
        -d "{\"username\":\"$1\",\"password\":\"$2\",\"issueJWT\":true}" "$BASE/aam/v2/authenticate" | jq -r .jwt.token
}

# wrk with one thread and request.lua, whose request comes from the environment: BENCH_METHOD, BENCH_BODY and
# BENCH_HEADERS (one "Name: value" a line). Writes wrk's output to the file.
drive() { # connections duration url output
    wrk -t1 -c"$1" -d"$2" --timeout 10s --latency -s "$BENCH/request.lua" "$3" >"$4"
}

# drive, between two readings of the server's CPU time: sets TICKS, the server's CPU ticks during the run.
drive_timed() { # pid connections duration url output
    local before
    before=$(cpu_ticks "$1")
    drive "$2" "$3" "$4" "$5"
    # shellcheck disable=SC2034 # read by the sourcing script
    TICKS=$(($(cpu_ticks "$1") - before))
}

# What a drive_timed run measured, from request.lua's line in its output: requests/s, p50 ms, p99 ms, server CPU
# ms per request, failures (socket errors, timeouts, answers >= 400), tab-separated.
wrk_stats() { # output ticks
    local requests duration p50 p99 failures
    read -r _ requests duration p50 p99 failures < <(grep '^BENCH ' "$1")
    awk -v requests="$requests" -v duration="$duration" -v p50="$p50" -v p99="$p99" -v ticks="$2" -v hz="$HZ" \
        -v failures="$failures" 'BEGIN {
            printf "%.1f\t%.2f\t%.2f\t%.3f\t%d\n", requests / (duration / 1e6), p50 / 1000, p99 / 1000,
                (requests > 0 ? ticks * 1000 / hz / requests : 0), failures }'
}

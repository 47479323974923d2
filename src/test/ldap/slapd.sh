#!/usr/bin/env bash
# The integration tests' directory: Debian's slapd, run as the current user on a free loopback port, with its data in
# target/ldap. `slapd.sh start DIR` seeds a fresh directory, starts it and writes DIR/aam-ldap.properties, the
# service's aam.ldap.* settings (the tests' servers read it as AAM_CONFIG); `slapd.sh stop DIR` stops it, and
# `slapd.sh resume DIR` starts it again with its data and port (DirectoryOutageIT). A watchdog stops it too when the
# Maven process that started it ends, so that an interrupted build leaves no slapd behind.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command="$1"
dir="$(mkdir -p "$2" && cd "$2" && pwd)"

stop() {
    if [ -f "$dir/slapd.pid" ]; then
        pid="$(cat "$dir/slapd.pid")"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        rm -f "$dir/slapd.pid"
    fi
}

free_port() {
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "no free port found" >&2; exit 1
}

case "$command" in
start|resume)
    # A fresh machine gets Debian's slapd here, so that the README's test command is the whole set-up.
    if [ ! -x /usr/sbin/slapd ] || ! command -v openssl >/dev/null; then
        if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
            echo "slapd is missing: apt-get install -y --no-install-recommends slapd ldap-utils openssl (as root)" >&2
            exit 1
        fi
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q && apt-get install -y -q --no-install-recommends slapd ldap-utils openssl >&2
    fi
    stop
    if [ "$command" = start ] || [ ! -f "$dir/port" ]; then
        rm -rf "$dir/data" "$dir/trust.p12" && mkdir -p "$dir/data"
        # A certificate of its own for StartTLS, trusted by the service through aam.ldap.trust_store only.
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
        "${JAVA_HOME:+$JAVA_HOME/bin/}keytool" -importcert -noprompt -file "$dir/cert.pem" -keystore "$dir/trust.p12" -storetype PKCS12 \
            -storepass test-trust-store >/dev/null 2>&1
        sed "s|@DIR@|$dir|g" "$here/slapd.conf" > "$dir/slapd.conf"
        /usr/sbin/slapadd -f "$dir/slapd.conf" -l "$here/seed.ldif" -q
        free_port > "$dir/port"
    fi
    port="$(cat "$dir/port")"
    /usr/sbin/slapd -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/"
    for _ in $(seq 1 50); do [ -s "$dir/slapd.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    sed "s|@PORT@|$port|g; s|@DIR@|$dir|g" "$here/aam-ldap.properties" > "$dir/aam-ldap.properties"
    owner="${SLAPD_OWNER_PID:-$PPID}"
    # The watchdog outlives this script, not the build; its output goes nowhere, so Maven does not wait for it.
    nohup bash -c "while kill -0 $owner 2>/dev/null && [ -f '$dir/slapd.pid' ]; do sleep 2; done; \
        [ -f '$dir/slapd.pid' ] && kill \$(cat '$dir/slapd.pid')" >/dev/null 2>&1 &
    echo "slapd on ldap://127.0.0.1:$port/ (data in $dir)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop|resume DIR" >&2; exit 2
    ;;
esac

#!/usr/bin/env bash
# GlassFish 7 (and Payara Server, on its http-listener-1): the settings the service needs from the server.
#   config/glassfish/configure.sh /path/to/glassfish7
# It starts the domain if it is not running, applies the settings, and stops it again if it started it.
# The integration tests run this same script before they start GlassFish (mvn verify -Dserver=glassfish).
set -euo pipefail
readonly ASADMIN="$1/bin/asadmin"

started=
if ! "$ASADMIN" list-domains | grep -q 'domain1 running'; then
    "$ASADMIN" start-domain domain1
    started=yes
fi
# Serve a GET that carries a body (axios.get(url, {data: ...}) sends one) instead of an empty 400: the service
# ignores the body of a GET, as WordPress does.
"$ASADMIN" set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.allow-payload-for-undefined-http-methods=true
if [ -n "$started" ]; then
    "$ASADMIN" stop-domain domain1
fi

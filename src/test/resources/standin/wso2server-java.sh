#!/bin/sh
# Stand-in for WSO2 ES 2.1.0's bin/wso2server.sh (tests only: the product cannot be had here).
# Runs the Java stand-in (lib/standin: io.eswizard.standin.EsStandIn with Hazelcast 3.5.4) with
# $JAVA_HOME/bin/java, the way Carbon's script runs Carbon:
#   start   : daemon with a pid file (ES_HOME/wso2carbon.pid); waits until the node is up, or exits 1
#             with the node's reason on stderr (also in repository/logs/wso2carbon.log)
#   stop    : SIGTERM, the node logs Carbon's shutdown lines;  restart : stop + start
#   status  : exit 0 when running
# As the real script, no command runs without a JAVA_HOME holding bin/java.

if [ -z "$JAVA_HOME" ]; then
    echo "You must set the JAVA_HOME variable before running CARBON."
    exit 1
fi
if [ ! -x "$JAVA_HOME/bin/java" ]; then
    echo "Error: JAVA_HOME is not defined correctly."
    echo " CARBON cannot execute $JAVA_HOME/bin/java"
    exit 1
fi

CARBON_HOME=$(cd "$(dirname "$0")/.." && pwd)
PID_FILE="$CARBON_HOME/wso2carbon.pid"
READY="$CARBON_HOME/standin.ready"
LOGS="$CARBON_HOME/repository/logs"
SECURITY="$CARBON_HOME/repository/resources/security"
LIB="$CARBON_HOME/lib/standin"

running() {
    [ -s "$PID_FILE" ] && [ -r "/proc/$(cat "$PID_FILE")/status" ] \
        && ! grep -q '^State:[[:space:]]*Z' "/proc/$(cat "$PID_FILE")/status" 2>/dev/null
}

start() {
    if running; then
        echo "already running (pid $(cat "$PID_FILE"))"
        return 0
    fi
    mkdir -p "$LOGS" "$SECURITY" || return 1
    if [ ! -f "$SECURITY/standin.crt" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$(hostname)" \
            -keyout "$SECURITY/standin.key" -out "$SECURITY/standin.crt" >/dev/null 2>&1 || return 1
    fi
    rm -f "$READY"
    : > "$LOGS/standin.err"
    # Small enough for a 3+3 sandbox on one machine: a small heap, one GC thread, C1 only.
    setsid "$JAVA_HOME/bin/java" -Xms16m -Xmx64m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -XX:ReservedCodeCacheSize=24m -XX:MaxMetaspaceSize=64m -XX:CICompilerCount=1 -Xshare:auto \
        -Djava.net.preferIPv4Stack=true -Dhazelcast.phone.home.enabled=false \
        -cp "$LIB/classes:$LIB/hazelcast-3.5.4.jar" io.eswizard.standin.EsStandIn "$CARBON_HOME" \
        </dev/null >>"$LOGS/standin.out" 2>"$LOGS/standin.err" &
    echo $! > "$PID_FILE"
    waited=0
    while [ "$waited" -lt 1200 ]; do
        if [ -f "$READY" ]; then
            echo "started stand-in (pid $(cat "$PID_FILE"))"
            return 0
        fi
        if ! running; then
            cat "$LOGS/standin.err" >&2
            rm -f "$PID_FILE"
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    echo "the stand-in did not start within 120 s" >&2
    return 1
}

stop() {
    if running; then
        pid=$(cat "$PID_FILE")
        kill -TERM "$pid"
        waited=0
        while running && [ "$waited" -lt 100 ]; do
            sleep 0.1
            waited=$((waited + 1))
        done
        running && kill -KILL "$pid"
    fi
    rm -f "$PID_FILE" "$READY"
    echo "stopped"
}

case "${1#--}" in
    start) start ;;
    stop) stop ;;
    restart) stop && start ;;
    status) running ;;
    *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac

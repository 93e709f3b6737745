#!/usr/bin/env bash
# Embedded database as a normal user and as root: the app starts, /actuator/health is 200, and a restart keeps the
# data (sign-up -> 201, restart, the same sign-up -> 409). Run as root; creates the user rsbench when missing.
# Usage: bench/nonroot.sh [path/to/app.jar]
# Environment: PORT=18081; USER_TMPDIR=1 also runs the user check with a private java.io.tmpdir, so the embedded
#   PostgreSQL binaries are extracted by that user (instead of reusing root's /tmp/embedded-pg).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=$(readlink -f "${1:-target/realsourcing-0.1.0-SNAPSHOT.jar}")
PORT=${PORT:-18081}
USER_NAME=rsbench
STAGE=/tmp/rs-bench
OUT=$RS_BENCH_TMP/nonroot
mkdir -p "$OUT"
trap 'stop_app' EXIT INT TERM
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 2; }
id "$USER_NAME" >/dev/null 2>&1 || useradd -m "$USER_NAME"
cp "$JAR" "$STAGE/app.jar"
chmod 755 "$STAGE"
chmod 644 "$STAGE/app.jar"

SIGNUP='{"organizationType":"BRAND","organizationName":"Bench","email":"u@bench.local","password":"Bench2026x"}'

# start_as WHO DATA LOG [java opts...]: like start_app, but as WHO (root or the bench user)
start_as() {
    local who=$1 data=$2 log=$3
    shift 3
    APP_T0=$(now_ms)
    if [ "$who" = root ]; then
        (cd /tmp && exec java "$@" -jar "$STAGE/app.jar" --realsourcing.data-dir="$data" --server.port="$PORT") >"$log" 2>&1 &
    else
        (cd /tmp && exec runuser -u "$who" -- java "$@" -jar "$STAGE/app.jar" --realsourcing.data-dir="$data" \
            --server.port="$PORT") >"$log" 2>&1 &
    fi
    APP_PID=$!
    echo "$APP_PID" >"$APP_PIDFILE"
}

signup() {
    curl -s -o "$OUT/signup-body.json" -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/identity/sign-up" \
        -H 'Content-Type: application/json' -d "$SIGNUP"
}

# check WHO DATA [java opts...]
check() {
    local who=$1 data=$2 tag
    shift 2
    tag=$who$( [ $# -gt 0 ] && echo "-opts" || true)
    rm -rf "$data" # the app creates it (as $who)
    echo "== as $who, data $data ${*:+(java $*)}"
    local ms code1 code2 owner
    start_as "$who" "$data" "$OUT/$tag-1.log" "$@"
    if ! ms=$(wait_healthy "$PORT" 180); then
        echo "FAIL: first start did not reach a 200 of /actuator/health; log $OUT/$tag-1.log:"
        grep -v '^\s*at ' "$OUT/$tag-1.log" | tail -25
        [ -f "$data/postgresql.log" ] && { echo "-- $data/postgresql.log:"; tail -15 "$data/postgresql.log"; }
        stop_app
        return 1
    fi
    owner=$(ps -o user= -p "$(head -1 "$data/pg/postmaster.pid")" 2>/dev/null || echo '?')
    code1=$(signup)
    echo "  first start: health 200 after ${ms} ms; java runs as $(ps -o user= -p "$(pgrep -P "$APP_PID" java || echo "$APP_PID")" | xargs), postgres as $owner; sign-up -> $code1"
    stop_app
    start_as "$who" "$data" "$OUT/$tag-2.log" "$@"
    if ! ms=$(wait_healthy "$PORT" 180); then
        echo "FAIL: restart did not reach a 200; log $OUT/$tag-2.log"
        tail -25 "$OUT/$tag-2.log"
        stop_app
        return 1
    fi
    code2=$(signup)
    echo "  restart:     health 200 after ${ms} ms; same sign-up -> $code2 ($(head -c 160 "$OUT/signup-body.json"))"
    stop_app
    [ -z "$(postgres_left "$data")" ] || echo "  WARN: postgres still running on $data"
    if [ "$code1" = 201 ] && [ "$code2" = 409 ]; then echo "  PASS"; else echo "  FAIL (expected 201 then 409)"; fi
}

echo "# $(date -u +%FT%TZ) jar $JAR"
check "$USER_NAME" /tmp/rs-bench-user-data || true
if [ "${USER_TMPDIR:-1}" = 1 ]; then
    rm -rf /tmp/rs-bench-user-tmp
    runuser -u "$USER_NAME" -- mkdir -p /tmp/rs-bench-user-tmp
    check "$USER_NAME" /tmp/rs-bench-user-data2 -Djava.io.tmpdir=/tmp/rs-bench-user-tmp || true
    ls -ld /tmp/rs-bench-user-tmp/embedded-pg/* 2>/dev/null | sed 's/^/  extracted: /' || true
fi
check root /tmp/rs-bench-root-data || true

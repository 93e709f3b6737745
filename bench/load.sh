#!/usr/bin/env bash
# Load test of an authenticated read endpoint: GET /api/identity/me with a Bearer token and with a SESSION cookie,
# wrk with 50 connections / 2 threads: a 10 s warm-up of each path, then a 20 s measured run of each (all bounded),
# 127.0.0.1 only.
# Usage:
#   bench/load.sh [path/to/app.jar]      starts the app itself (once per JVM variant), measures, stops it
#   BASE_URL=http://127.0.0.1:8080 bench/load.sh   uses an app that is already running (it must know LOGIN/PASSWORD)
# Environment:
#   VARIANTS="default t1"   JVM option sets (see opts_of below), each measured on a fresh start
#   JAVA_OPTS=""             appended to every variant's JVM options
#   DATA=/tmp/rs-bench-load  data dir of the app started here;  PORT=18080
#   CONNECTIONS=50 THREADS=2 WARMUP=10s DURATION=20s
#   ENDPOINT=/api/identity/me   the authenticated read that is measured (e.g. /api/notify/notifications/unread-count)
# Requires wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=$(readlink -f "${1:-target/realsourcing-0.1.0-SNAPSHOT.jar}")
VARIANTS=${VARIANTS:-"default t1"}
JAVA_OPTS=${JAVA_OPTS:-}
DATA=${DATA:-/tmp/rs-bench-load}
PORT=${PORT:-18080}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-20s}
ENDPOINT=${ENDPOINT:-/api/identity/me}
LOGIN=${LOGIN:-admin@bench.local}
PASSWORD=${PASSWORD:-Bench@2026}
OUT=$RS_BENCH_TMP/load
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
trap 'stop_app' EXIT INT TERM

opts_of() {
    case $1 in
        default) echo "" ;;
        t1) echo "-XX:TieredStopAtLevel=1" ;;
        serial) echo "-XX:+UseSerialGC" ;;
        t1-serial) echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" ;;
        xmx512) echo "-Xmx512m" ;;
        serial-xmx512) echo "-XX:+UseSerialGC -Xmx512m" ;;
        server) echo "-Xmx384m -Xss512k" ;;  # docs/operations.md's production options: C2 and G1, heap capped
        custom) echo "" ;;
        *) echo "unknown variant $1" >&2; exit 2 ;;
    esac
}

warm_up() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 5s -H "$3" "$2" >"$OUT/$1-warmup.txt" 2>&1
}

# run_wrk NAME URL HEADER -> prints "rps p50 p99 non2xx" from the measured run; the full output goes to $OUT
run_wrk() {
    local name=$1 url=$2 header=$3 out=$OUT/$1.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -H "$header" "$url" >"$out" 2>&1
    awk '
        /Requests\/sec:/ {rps=$2}
        /^ +50%/ {p50=$2}
        /^ +99%/ {p99=$2}
        /Non-2xx or 3xx responses:/ {bad=$5}
        /Socket errors:/ {err=$0}
        END {printf "%s req/s  p50 %s  p99 %s  non-2xx %s%s\n", rps, p50, p99, (bad==""?0:bad), (err==""?"":"  " err)}
    ' "$out"
}

measure() {
    local base=$1 tag=$2 token session code
    token=$(curl -sf -X POST "$base/api/identity/tokens" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\",\"name\":\"bench-$tag-$(date +%s)\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    rm -f "$OUT/cookies.txt"
    curl -sf -c "$OUT/cookies.txt" -o /dev/null -X POST "$base/api/identity/login" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\"}"
    session=$(awk '$6 == "SESSION" {print $7}' "$OUT/cookies.txt")
    [ -n "$token" ] && [ -n "$session" ] || { echo "could not get a token and a session" >&2; return 1; }
    for h in "Authorization: Bearer $token" "Cookie: SESSION=$session"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "$h" "$base$ENDPOINT")
        [ "$code" = 200 ] || { echo "GET $ENDPOINT with ${h%%:*} answered $code" >&2; return 1; }
    done
    # both paths are warmed up before either is measured, so the JIT has compiled both
    warm_up "$tag-bearer" "$base$ENDPOINT" "Authorization: Bearer $token"
    warm_up "$tag-session" "$base$ENDPOINT" "Cookie: SESSION=$session"
    echo "  bearer : $(run_wrk "$tag-bearer" "$base$ENDPOINT" "Authorization: Bearer $token")"
    echo "  session: $(run_wrk "$tag-session" "$base$ENDPOINT" "Cookie: SESSION=$session")"
}

echo "# load test $(date -u +%FT%TZ): wrk -t$THREADS -c$CONNECTIONS, warm-up $WARMUP, measured $DURATION, GET $ENDPOINT"
echo "# $(nproc) cores, $(java -version 2>&1 | head -1); wrk and the app share the machine"
if [ -n "${BASE_URL:-}" ]; then
    echo "running app at $BASE_URL (load $(load1))"
    measure "$BASE_URL" running
    exit 0
fi
[ -f "$JAR" ] || { echo "no jar at $JAR" >&2; exit 2; }
for v in $VARIANTS; do
    opts="$(opts_of "$v") $JAVA_OPTS"
    start_app "$OUT/app-$v.log" "$DATA" "$PORT" "$opts" "$JAR" \
        --realsourcing.identity.bootstrap-admin.login="$LOGIN" --realsourcing.identity.bootstrap-admin.password="$PASSWORD"
    wait_healthy "$PORT" 180 >/dev/null || { echo "app did not start; log $OUT/app-$v.log" >&2; exit 1; }
    echo "$v [${opts# }] (load before: $(load1))"
    measure "http://127.0.0.1:$PORT" "$v"
    echo "  java RSS after the load: $(( $(rss_kb "$APP_PID") / 1024 )) MB"
    stop_app
    left=$(postgres_left "$DATA")
    [ -z "$left" ] || echo "WARN: postgres still running on $DATA: $left" >&2
done

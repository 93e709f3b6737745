#!/usr/bin/env bash
# Idle memory: RSS (VmRSS of /proc/<pid>/status) of the java process after start-up + a few requests + 30 s idle.
# Usage: bench/memory.sh [path/to/app.jar]
# Environment:
#   VARIANTS="default xmx512 serial serial-xmx512 lean"   JVM option sets, see opts_of
#   IDLE=30   seconds idle before reading RSS;  DATA=/tmp/rs-bench-mem;  PORT=18080
#   NMT=1     also run with -XX:NativeMemoryTracking=summary and print where the committed memory goes
# The embedded PostgreSQL is a separate set of processes and is not in the java RSS; its total is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=$(readlink -f "${1:-target/realsourcing-0.1.0-SNAPSHOT.jar}")
VARIANTS=${VARIANTS:-"default xmx512 serial serial-xmx512 lean lean-t1"}
IDLE=${IDLE:-30}
DATA=${DATA:-/tmp/rs-bench-mem}
PORT=${PORT:-18080}
LOGIN=admin@bench.local
PASSWORD=Bench@2026
OUT=$RS_BENCH_TMP/memory
mkdir -p "$OUT"
trap 'stop_app' EXIT INT TERM
LEAN="-XX:+UseSerialGC -Xmx512m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m"

opts_of() {
    case $1 in
        default) echo "" ;;
        xmx512) echo "-Xmx512m" ;;
        xmx256) echo "-Xmx256m" ;;
        serial) echo "-XX:+UseSerialGC" ;;
        serial-xmx512) echo "-XX:+UseSerialGC -Xmx512m" ;;
        serial-xmx256) echo "-XX:+UseSerialGC -Xmx256m" ;;
        lean) echo "$LEAN" ;;
        lean-t1) echo "$LEAN -XX:TieredStopAtLevel=1" ;;
        run) echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xss512k" ;;  # the run command's before 2026-12-06
        serial-xmx384) echo "-XX:+UseSerialGC -Xmx384m -Xss512k" ;;
        g1-xmx384 | server) echo "-Xmx384m -Xss512k" ;;  # server: docs/operations.md's production options
        g1-xmx384-periodic) echo "-Xmx384m -Xss512k -XX:G1PeriodicGCInterval=10000" ;;
        parallel-xmx384) echo "-XX:+UseParallelGC -Xmx384m -Xss512k" ;;
        parallel-xmx512) echo "-XX:+UseParallelGC -Xmx512m -Xss512k" ;;
        *) echo "unknown variant $1" >&2; exit 2 ;;
    esac
}

a_few_requests() {
    local base=http://127.0.0.1:$PORT token
    token=$(curl -sf -X POST "$base/api/identity/tokens" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\",\"name\":\"mem\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    curl -sf -c "$OUT/cookies.txt" -o /dev/null -X POST "$base/api/identity/login" -H 'Content-Type: application/json' \
        -d "{\"login\":\"$LOGIN\",\"password\":\"$PASSWORD\"}"
    for _ in $(seq 1 10); do
        curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/identity/me"
        curl -sf -o /dev/null -b "$OUT/cookies.txt" "$base/api/identity/me"
    done
    curl -sf -o /dev/null "$base/actuator/health"
    curl -sf -o /dev/null "$base/v3/api-docs"
}

kb_of() { awk -v k="$2:" '$1 == k {print $2}' "/proc/$1/status"; }
mb() { echo $(( $1 / 1024 )); }
postgres_rss_mb() {
    local pids total=0 p
    pids=$(postgres_left "$DATA")
    for p in $pids $(pgrep -P "$(echo $pids | tr ' ' ',')" 2>/dev/null || true); do
        total=$(( total + $(awk '/^Pss:/ {s+=$2} END {print s+0}' "/proc/$p/smaps" 2>/dev/null || echo 0) ))
    done
    mb $total
}

echo "# idle memory $(date -u +%FT%TZ), $(nproc) cores, $(awk '/MemTotal/ {print int($2/1048576)}' /proc/meminfo) GiB," \
    "$(java -version 2>&1 | head -1); idle ${IDLE}s after start-up + ~23 requests"
printf '%-14s %8s %8s %8s %8s %8s  %s\n' variant "start ms" "RSS MB" "anon MB" "file MB" "pg PSS" "jvm options"
for v in $VARIANTS; do
    opts=$(opts_of "$v")
    [ "${NMT:-0}" = 1 ] && opts="$opts -XX:NativeMemoryTracking=summary"
    start_app "$OUT/app-$v.log" "$DATA" "$PORT" "$opts" "$JAR" \
        --realsourcing.identity.bootstrap-admin.login="$LOGIN" --realsourcing.identity.bootstrap-admin.password="$PASSWORD"
    ms=$(wait_healthy "$PORT" 180) || { echo "app did not start; log $OUT/app-$v.log" >&2; tail -20 "$OUT/app-$v.log" >&2; exit 1; }
    a_few_requests
    sleep "$IDLE"
    printf '%-14s %8s %8s %8s %8s %8s  %s\n' "$v" "$ms" "$(mb "$(kb_of "$APP_PID" VmRSS)")" \
        "$(mb "$(kb_of "$APP_PID" RssAnon)")" "$(mb "$(kb_of "$APP_PID" RssFile)")" "$(postgres_rss_mb)" "${opts:-(none)}"
    if [ "${NMT:-0}" = 1 ]; then
        jcmd "$APP_PID" VM.native_memory summary scale=MB >"$OUT/nmt-$v.txt" 2>&1 || true
        grep -E '^(Total|-  *[A-Z][A-Za-z ]+ \(reserved)' "$OUT/nmt-$v.txt" | sed 's/^/    /' | head -20
    fi
    jcmd "$APP_PID" GC.heap_info >"$OUT/heap-$v.txt" 2>&1 || true
    stop_app
    left=$(postgres_left "$DATA")
    [ -z "$left" ] || echo "WARN: postgres still running on $DATA: $left" >&2
done

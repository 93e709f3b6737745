# Shared helpers for the bench/*.sh scripts. Source it; do not run it.
# Every app started here is identified by its own data dir and port and is stopped with SIGTERM by its PID.

RS_BENCH_TMP=${RS_BENCH_TMP:-/tmp/rs-bench}
mkdir -p "$RS_BENCH_TMP"
# The PID of the app currently started by this script, so an EXIT trap can stop it even when it was started in a
# subshell.
APP_PIDFILE=${APP_PIDFILE:-$RS_BENCH_TMP/app.$$.pid}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

load1() { cut -d' ' -f1 /proc/loadavg; }

# start_app LOG DATA_DIR PORT "JVM OPTS" JAR [app args...]  -> sets APP_PID and APP_T0 (ms, just before launch)
start_app() {
    local log=$1 data=$2 port=$3 opts=$4 jar=$5
    shift 5
    APP_T0=$(now_ms)
    # shellcheck disable=SC2086  # opts is a word list on purpose
    java $opts -jar "$jar" --realsourcing.data-dir="$data" --server.port="$port" "$@" >"$log" 2>&1 &
    APP_PID=$!
    echo "$APP_PID" >"$APP_PIDFILE"
}

# wait_healthy PORT TIMEOUT_S -> prints ms since APP_T0 at the first 200 of /actuator/health; rc 1 on failure.
# Polls every 50 ms.
wait_healthy() {
    local port=$1 timeout_s=${2:-120} code deadline
    deadline=$(( APP_T0 + timeout_s * 1000 ))
    while :; do
        code=$(curl -s -o /dev/null --max-time 1 -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" || true)
        if [ "$code" = 200 ]; then
            echo $(( $(now_ms) - APP_T0 ))
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
            return 1
        fi
        sleep 0.05
    done
}

# stop_app: SIGTERM the app (graceful; it stops its embedded PostgreSQL) and wait for it, at most 60 s.
stop_app() {
    [ -n "${APP_PID:-}" ] || APP_PID=$(cat "$APP_PIDFILE" 2>/dev/null || true)
    [ -n "${APP_PID:-}" ] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 600); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "WARN: app pid $APP_PID did not stop within 60 s; sending SIGKILL" >&2
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    rm -f "$APP_PIDFILE"
}

# postgres_left DATA_DIR: PIDs of postmasters still running on DATA_DIR/pg (there should be none after stop_app).
postgres_left() {
    pgrep -f -- "-D $1/pg" || true
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

# cpu_ms PID: CPU time (user + system) the process has used so far, in ms. Unlike wall time it hardly depends on
# what else runs on the machine, so it is printed next to every start-up time.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# stop_postmaster DATA_DIR: fast-shutdown (SIGINT) a postmaster left on DATA_DIR/pg by a JVM that exited without
# closing its Spring context (the CDS training run with -Dspring.context.exit=onRefresh does that).
stop_postmaster() {
    local pid
    pid=$(head -1 "$1/pg/postmaster.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    echo "# stopping the postmaster (pid $pid) left running on $1/pg" >&2
    kill -INT "$pid"
    for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "WARN: postmaster $pid on $1/pg did not stop" >&2
}

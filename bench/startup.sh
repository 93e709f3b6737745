#!/usr/bin/env bash
# Start-up benchmark: wall time from process launch to the first 200 of GET /actuator/health (polled every 50 ms).
# Builds nothing. Usage:
#   bench/startup.sh [path/to/app.jar]            (default: target/realsourcing-0.1.0-SNAPSHOT.jar)
# Environment:
#   N=5                      starts per variant on the existing data dir
#   DATA=/tmp/rs-bench-data  the existing data dir (prepared by one start when missing)
#   EMPTY=/tmp/rs-bench-empty  data dir wiped before each "first start on an empty dir"
#   PORT=18080
#   VARIANTS="default t1 serial t1-serial extracted cds cds-t1 cds-serial cds-t1-serial"
#   EMPTY_VARIANTS="default cds-t1-serial"   variants measured once on an empty data dir ("" to skip)
#   APP_ARGS=""              extra application arguments for every start
# Variant names are explained above opts_of below (e.g. cds-t1-serial).
# Output: one line per start and a median per variant; logs under $RS_BENCH_TMP/startup/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=$(readlink -f "${1:-target/realsourcing-0.1.0-SNAPSHOT.jar}")
N=${N:-5}
DATA=${DATA:-/tmp/rs-bench-data}
EMPTY=${EMPTY:-/tmp/rs-bench-empty}
PORT=${PORT:-18080}
VARIANTS=${VARIANTS:-"default t1 serial t1-serial extracted cds cds-t1 cds-serial cds-t1-serial"}
EMPTY_VARIANTS=${EMPTY_VARIANTS-"default cds-t1-serial"}
# shellcheck disable=SC2206
APP_ARGS=(${APP_ARGS:-})
OUT=$RS_BENCH_TMP/startup
CDS_DIR=$OUT/cds
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "no jar at $JAR (build with ./mvnw -q -DskipFrontend -DskipTests package)" >&2; exit 2; }
trap 'stop_app' EXIT INT TERM

# A variant name is "default" or tokens joined by "-": cds (extracted jar + CDS archive), extracted (extracted jar
# only), t1 (-XX:TieredStopAtLevel=1), serial (-XX:+UseSerialGC), xmx512 (-Xmx512m), noresolve
# (-Darchunit.resolveMissingDependenciesFromClassPath=false: Spring Modulith's start-up ArchUnit scan imports only the
# application's classes), lazy (--spring.main.lazy-initialization=true, an application setting).
has() { case "-$1-" in *"-$2-"*) return 0 ;; *) return 1 ;; esac; }
opts_of() {
    local o=""
    for t in ${1//-/ }; do
        case $t in
            default | cds | extracted | lazy) ;;
            t1) o="$o -XX:TieredStopAtLevel=1" ;;
            serial) o="$o -XX:+UseSerialGC" ;;
            xmx512) o="$o -Xmx512m" ;;
            xmx384) o="$o -Xmx384m -Xss512k" ;;
            # C2 later: start-up code rarely reaches these counts, a request path under load does within seconds
            latec2) o="$o -XX:Tier4InvocationThreshold=40000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=50000 -XX:Tier4BackEdgeThreshold=400000" ;;
            noresolve) o="$o -Darchunit.resolveMissingDependenciesFromClassPath=false" ;;
            *) echo "unknown variant token $t in $1" >&2; exit 2 ;;
        esac
    done
    echo "${o# }"
}
jar_of() { if has "$1" cds || has "$1" extracted; then echo "$CDS_DIR/app/$(basename "$JAR")"; else echo "$JAR"; fi; }
cds_opts_of() { if has "$1" cds; then echo "-XX:SharedArchiveFile=$CDS_DIR/app.jsa"; fi; }
args_of() { if has "$1" lazy; then echo "--spring.main.lazy-initialization=true"; fi; }

# one_start VARIANT DATA_DIR LOG -> prints "wall_ms cpu_ms" (cpu of the java process at the first 200); stops the app
one_start() {
    local v=$1 data=$2 log=$3 ms cpu
    start_app "$log" "$data" "$PORT" "$(cds_opts_of "$v") $(opts_of "$v")" "$(jar_of "$v")" $(args_of "$v") "${APP_ARGS[@]}"
    if ! ms=$(wait_healthy "$PORT" 180); then
        echo "FAILED: variant $v did not become healthy; log: $log" >&2
        tail -30 "$log" >&2
        stop_app
        exit 1
    fi
    cpu=$(cpu_ms "$APP_PID")
    grep -h -i 'warning.*cds\|\[cds\]' "$log" | head -3 >&2 || true
    stop_app
    local left
    left=$(postgres_left "$data")
    [ -z "$left" ] || echo "WARN: postgres still running on $data after stop: $left" >&2
    echo "$ms $cpu"
}

prepare_cds() {
    if [ -f "$CDS_DIR/app.jsa" ] && [ "$CDS_DIR/app.jsa" -nt "$JAR" ]; then return; fi
    echo "# CDS: extracting $JAR and recording the archive (training run with -Dspring.context.exit=onRefresh)"
    rm -rf "$CDS_DIR"
    mkdir -p "$CDS_DIR"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR/app"
    local t0
    t0=$(now_ms)
    java -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$CDS_DIR/app/$(basename "$JAR")" --realsourcing.data-dir="$DATA" --server.port="$PORT" "${APP_ARGS[@]}" \
        >"$OUT/cds-training.log" 2>&1
    echo "# CDS training run took $(( $(now_ms) - t0 )) ms; archive $(du -h "$CDS_DIR/app.jsa" | cut -f1)"
    # the context is not closed on this exit path, so the embedded PostgreSQL outlives the JVM: stop it here
    stop_postmaster "$DATA"
}

echo "# start-up benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# $(java -version 2>&1 | head -1); jar $JAR"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ ! -d "$DATA/pg" ]; then
    echo "# preparing $DATA with one start"
    r=$(one_start default "$DATA" "$OUT/prepare.log")
    echo "prepare (first start on an empty dir, default JVM): ${r% *} ms (java cpu ${r#* } ms)"
fi
for v in $VARIANTS $EMPTY_VARIANTS; do
    if has "$v" cds || has "$v" extracted; then
        prepare_cds
        break
    fi
done

for v in $EMPTY_VARIANTS; do
    rm -rf "$EMPTY"
    r=$(one_start "$v" "$EMPTY" "$OUT/empty-$v.log")
    echo "empty-dir  $(printf '%-14s' "$v") ${r% *} ms   (java cpu ${r#* } ms, load $(load1))"
    rm -rf "$EMPTY"
done

printf '%-14s %-40s %s\n' variant "jvm options" "times (ms) -> median wall; median java cpu"
for v in $VARIANTS; do
    times=()
    cpus=()
    for i in $(seq 1 "$N"); do
        r=$(one_start "$v" "$DATA" "$OUT/$v-$i.log")
        times+=("${r% *}")
        cpus+=("${r#* }")
        echo "  $v run $i: ${r% *} ms, java cpu ${r#* } ms (load $(load1))" >&2
    done
    printf '%-14s %-40s %s -> median %s ms; cpu %s ms\n' "$v" "$(cds_opts_of "$v" | sed 's|=.*/|=|') $(opts_of "$v") $(args_of "$v")" \
        "${times[*]}" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
done
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

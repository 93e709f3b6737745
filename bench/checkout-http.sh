#!/usr/bin/env bash
# Checkout over HTTP (issue 6: p99 <= 100 ms at 200 requests/s; docs/performance.md): starts the jar with the
# documented JVM options on a fresh data dir, signs up a seller with SKUs and enough buyers to stay under the
# per-user limit, and drives POST /api/order/orders at a constant rate (open loop, a fresh Idempotency-Key each)
# with the Java driver src/test/java/com/realsourcing/bench/CheckoutHttpBenchmark.java. 127.0.0.1 only, bounded.
# Usage: bench/checkout-http.sh [path/to/app.jar] [-Drate=200] [-Dseconds=30] [-DwarmupSeconds=10] [-Dbuyers=100] [-Dskus=1000]
# Environment: JAVA_OPTS (default: the documented production options), DATA=/tmp/rs-bench/checkout-http, PORT=18081
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=target/realsourcing-0.1.0-SNAPSHOT.jar
if [ $# -gt 0 ] && [ "${1#-D}" = "$1" ]; then JAR=$1; shift; fi
JAVA_OPTS=${JAVA_OPTS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m -Xss512k"}
DATA=${DATA:-$RS_BENCH_TMP/checkout-http}
PORT=${PORT:-18081}
if [ ! -f "$JAR" ]; then
    ./mvnw -q -B -ntp -DskipFrontend -DskipTests package
fi
./mvnw -q -B -ntp -DskipFrontend test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
trap 'stop_app' EXIT INT TERM
rm -rf "$DATA"
echo "load average before start: $(cat /proc/loadavg)"
start_app "$RS_BENCH_TMP/checkout-http.log" "$DATA" "$PORT" "$JAVA_OPTS" "$JAR"
if ! ms=$(wait_healthy "$PORT" "${START_TIMEOUT:-600}"); then
    echo "the app did not become healthy; see $RS_BENCH_TMP/checkout-http.log" >&2
    exit 1
fi
echo "started in $ms ms with: $JAVA_OPTS"
java -Xmx512m "$@" -DbaseUrl="http://127.0.0.1:$PORT" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.realsourcing.bench.CheckoutHttpBenchmark
echo "load average after: $(cat /proc/loadavg)"

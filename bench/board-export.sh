#!/usr/bin/env bash
# Board postings export benchmark (issue 5: Excel export of 100,000 rows <= 15 s with heap growth under 100 MB).
# Boots the app on a fresh embedded PostgreSQL (target/bench-data), inserts the postings with one SQL statement,
# downloads GET /api/board/admin/postings.xlsx over HTTP (a 10,000-row export first, as the baseline: a streaming
# export keeps the same memory whatever its size), reads the workbook back to count its rows, and prints the time and
# the server's live heap after each GC during the export. Arguments: rows (100000), baseline rows (10000).
# HEAP (default 256m) is the server's -Xmx: a small heap shows the export needs no room that grows with its size.
# JFR=1 also records a flight recording to target/board-export.jfr (jfr print --events jdk.GCHeapSummary ...).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
rm -rf "$work/test-classes/config"   # the test suite's overrides (data dir, clean database) are not for the benchmark
jfr=()
if [ "${JFR:-0}" = 1 ]; then
    jfr=(-XX:StartFlightRecording=filename=target/board-export.jfr,settings=profile)
fi
echo "load: $(uptime)"
java -Xmx"${HEAP:-256m}" "${jfr[@]}" -Xlog:gc:file=target/board-export-gc.log \
  -cp "$work/test-classes:$work/classes:$(cat target/cp.txt)" \
  com.realsourcing.board.BoardExportBenchmark "${1:-100000}" "${2:-10000}"
echo "load: $(uptime)"
echo "GC log: target/board-export-gc.log"

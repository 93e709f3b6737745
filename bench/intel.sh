#!/usr/bin/env bash
# Market intelligence benchmark (issue 4): synthetic load, Apify JSON import, industry search against a plain GROUP BY
# baseline, weekly report. Arguments: videos accounts apify-items queries [reuse|import] (default 1000000 20000 100000
# 300). Uses target/bench-data, wiped first and kept afterwards, so a later run with a fifth argument "reuse" times only
# the queries on the same data, and one with "import" only imports apify-items new items into it (and re-imports them). Copies the classes so a rebuild during the run cannot disturb it.
# BENCH_ARGS passes application properties to the run, e.g. BENCH_ARGS="--realsourcing.intel.import-writers=1";
# WARM_ROUNDS sets how many imports of new items follow the re-import in "import" mode (3);
# BENCH_STATEMENTS=1 adds the statements that took the database's time, per imported item (pg_stat_statements);
# BENCH_WAL=1 adds the WAL and page writes per imported item; SHARED_BUFFERS sets the embedded PostgreSQL's shared_buffers (auto, as the application).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
work=$(mktemp -d)
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
rm -rf "$work/test-classes/config"   # the test suite's overrides (data dir, clean database) are not for the benchmark
[ -n "${5:-}" ] || rm -rf target/bench-data
uptime
java -Xmx1536m -Dbench.warm-rounds="${WARM_ROUNDS:-3}" -Dbench.shared-buffers="${SHARED_BUFFERS:-auto}" -Dbench.args="${BENCH_ARGS:-}${BENCH_STATEMENTS:+ --realsourcing.embedded-db.settings.shared_preload_libraries=pg_stat_statements}" -cp "$work/test-classes:$work/classes:$(cat target/cp.txt)" \
  com.realsourcing.intel.domain.IntelBenchmark "${1:-1000000}" "${2:-20000}" "${3:-100000}" "${4:-300}" ${5:+"$5"}
uptime
rm -rf "$work"

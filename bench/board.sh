#!/usr/bin/env bash
# Board benchmarks (issue 5; docs/performance.md): the automatic moderation check on one thread (pinned to one core),
# then board search over N generated postings, over HTTP and in the service. The embedded PostgreSQL and the index
# live in target/bench-board (kept between runs; -Dclean=true starts over).
# Usage: bench/board.sh [-Dpostings=500000] [-Dqueries=400] [-DmoderationSeconds=10] [-Dwords=500] [-Dclean=true]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
uptime
taskset -c 1 true 2>/dev/null && PIN="taskset -c 1" || PIN=""
$PIN java -XX:+UseParallelGC -Xmx2g "$@" -DskipModeration=false -Dpostings=0 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.realsourcing.bench.BoardBenchmark
uptime
java -XX:+UseParallelGC -Xmx2g -DskipModeration=true "$@" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.realsourcing.bench.BoardBenchmark
uptime

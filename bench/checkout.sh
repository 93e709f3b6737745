#!/usr/bin/env bash
# Own-store checkout through the service layer over many SKUs (issue 6; docs/performance.md): catalog pricing, the
# reservation and the order in one durable transaction per order, in-process against the embedded PostgreSQL in
# target/bench-checkout. Usage: bench/checkout.sh [-Dclients=128] [-Dseconds=15] [-Dskus=10000] [-Dpool=32]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -XX:+UseParallelGC -Xmx1g "$@" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.realsourcing.bench.CheckoutBenchmark

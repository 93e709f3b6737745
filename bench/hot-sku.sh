#!/usr/bin/env bash
# Hot-SKU reservation benchmark (issue 6; docs/adr/0005-hot-sku-stock.md, docs/performance.md): the naive single
# counter row against the bucketed stock on one hot SKU, a uniform run over many SKUs, and a sell-out run per
# design checking that nothing is oversold. It runs InventoryService in-process against the embedded PostgreSQL
# (fsync on) in target/bench-data; no HTTP.
# Usage: bench/hot-sku.sh [-Dclients=128] [-Dseconds=15] [-Dbuckets=16] [-Dpool=32] [-DuniformSkus=10000] ...
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -XX:+UseParallelGC -Xmx1g "$@" \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    com.realsourcing.bench.HotSkuBenchmark

#!/usr/bin/env bash
# Poster benchmark (issue 4: poster <= 500 ms): drawing + PNG encoding of a full 1080x1920 poster, no database.
# The poster routes end to end (industry search + poster) are timed by bench/intel.sh. Argument: posters (200).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipFrontend -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test >/dev/null
uptime
java -Xmx512m -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  com.realsourcing.intel.domain.PosterBenchmark "${1:-200}"
uptime

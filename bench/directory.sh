#!/usr/bin/env bash
# Directory benchmark (issue 3): 100,000 generated factories, then
#   1. search with three filters plus facet counts: latency percentiles (wrk, rotating queries)
#   2. import of a 100,000-row CSV through POST /api/directory/imports (time from start to DONE)
#   3. full re-index through POST /api/directory/admin/search-index
# Usage: bench/directory.sh [path/to/app.jar]
# Environment: FACTORIES=100000 ROWS=100000 PORT=18090 DATA=/tmp/rs-bench-directory CONNECTIONS=8 DURATION=20s
#              JAVA_OPTS="-Xmx1g"   (the JVM options of the measured app)
# Requires wrk (apt-get install -y wrk) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=$(readlink -f "${1:-target/realsourcing-0.1.0-SNAPSHOT.jar}")
FACTORIES=${FACTORIES:-100000}
ROWS=${ROWS:-100000}
PORT=${PORT:-18090}
DATA=${DATA:-/tmp/rs-bench-directory}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-20s}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
OUT=$RS_BENCH_TMP/directory
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
trap 'stop_app' EXIT INT TERM

echo "== starting with $FACTORIES generated factories (demo profile), data dir $DATA"
start_app "$OUT/app.log" "$DATA" "$PORT" "$JAVA_OPTS" "$JAR" \
    --spring.profiles.active=demo --realsourcing.directory.demo-factories="$FACTORIES"
wait_healthy "$PORT" 900 >/dev/null || { echo "app did not start; see $OUT/app.log" >&2; exit 1; }
grep -o "Generated [0-9]* synthetic factories.*" "$OUT/app.log" || echo "(factories already generated)"

# Rotating queries: keyword + province + one more filter, all asking for the facet counts (always returned).
cat >"$OUT/queries.lua" <<'LUA'
local queries = {
  "/api/directory/factories?q=%E4%BF%9D%E6%B8%A9%E6%9D%AF&province=44&verified=true",
  "/api/directory/factories?q=%E7%BA%BA%E7%BB%87&province=33&exportCountry=US",
  "/api/directory/factories?q=%E6%A8%A1%E5%85%B7&province=32&region=europe",
  "/api/directory/factories?industry=daily-goods&province=35&exportCountry=NG",
  "/api/directory/factories?q=%E5%8C%85%E8%A3%85&province=37&sort=inquiries",
  "/api/directory/factories?industry=apparel&province=44&city=4419",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms rps=%.0f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
curl -s "$BASE/api/directory/factories?q=%E4%BF%9D%E6%B8%A9%E6%9D%AF&province=44&verified=true&size=1" \
    | python3 -c 'import sys,json; d=json.load(sys.stdin); print("sample query total:", d["total"], "facets:", {k: len(v) for k, v in d["facets"].items()})'
echo "== search: warm-up 10 s, then $DURATION at 1 and $CONNECTIONS connections"
wrk -t1 -c4 -d10s -s "$OUT/queries.lua" "$BASE" >/dev/null
echo -n "1 connection:  "; wrk -t1 -c1 -d"$DURATION" -s "$OUT/queries.lua" "$BASE" | tail -1
echo -n "$CONNECTIONS connections: "; wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s "$OUT/queries.lua" "$BASE" | tail -1

echo "== import of $ROWS CSV rows"
python3 - "$ROWS" >"$OUT/import.csv" <<'PY'
import random, sys
random.seed(7)
cities = [("DONGGUAN", "GUANGDONG"), ("NINGBO", "ZHEJIANG"), ("SUZHOU", "JIANGSU"), ("QUANZHOU", "FUJIAN"),
          ("QINGDAO", "SHANDONG"), ("FOSHAN", "GUANGDONG"), ("WENZHOU", "ZHEJIANG"), ("XIAMEN", "FUJIAN")]
words = ["TEXTILE", "GARMENT", "PLASTIC", "HARDWARE", "ELECTRONICS", "PACKAGING", "MOULD", "FOOTWEAR", "KNITTING"]
print("name,address,country,lat,lng")
for n in range(int(sys.argv[1])):
    city, province = random.choice(cities)
    name = f"{city} {random.choice(words)} {n:06d} CO., LTD"
    print(f"\"{name}\",\"NO.{random.randint(1, 999)} INDUSTRIAL ROAD, {city}, {province} PROVINCE\",CHINA,"
          f"{22 + random.random() * 10:.5f},{110 + random.random() * 10:.5f}")
PY
TOKEN=$(curl -s -X POST "$BASE/api/identity/tokens" -H 'Content-Type: application/json' \
    -d '{"login":"admin@realsourcing.local","password":"Admin@2026","name":"bench"}' \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')
T0=$(now_ms)
JOB=$(curl -s -H "Authorization: Bearer $TOKEN" -F "file=@$OUT/import.csv" "$BASE/api/directory/imports" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
while :; do
    STATUS=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/directory/imports/$JOB")
    case $(echo "$STATUS" | python3 -c 'import sys,json;print(json.load(sys.stdin)["status"])') in
        DONE|FAILED) break ;;
    esac
    sleep 0.5
done
echo "$STATUS" | python3 -c 'import sys,json; d=json.load(sys.stdin); print("import:", d["status"], "rows", d["totalRows"], "new", d["imported"], "merged", d["merged"], "failed", d["failed"])'
echo "import wall time (upload + parse + write + index): $(( $(now_ms) - T0 )) ms"

echo "== full re-index"
curl -s -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/directory/admin/search-index"; echo
echo "load average now: $(load1)"

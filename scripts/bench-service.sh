#!/usr/bin/env bash
# `make bench-service`: requests/second and latency of `vanban serve` for the 2-page công văn,
# loopback only, bounded in time, against `vanban batch` on the same documents with the same
# number of workers (docs/performance.md). Usage: scripts/bench-service.sh [SECONDS] [WORKERS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
workers=${2:-2}
scripts/ensure-deps.sh --bench
vanban=.build/release/vanban
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# 50 different generated công văn (2 pages each), also as JSON Lines for the batch.
.build/release/VanBanBench . --emit 50 "$work"
for i in $(seq 1 40); do cat "$work/batch.jsonl"; done > "$work/batch-2000.jsonl"

echo "VanBan $($vanban --version) service benchmark: $(nproc) cores, $workers workers, ${seconds} s per run, loopback"
echo

# The command line's throughput on the same documents: 2000 renders, --jobs = workers.
start=$(date +%s.%N)
$vanban batch "$work/batch-2000.jsonl" -o "$work/out" --jobs "$workers" --quiet
end=$(date +%s.%N)
batch_rate=$(echo "2000 / ($end - $start)" | bc -l)
printf 'vanban batch, 2000 documents, --jobs %s: %.1f docs/s\n\n' "$workers" "$batch_rate"

# The service, logging every request at info level as a deployment does (to a file).
$vanban serve --port 0 --workers "$workers" --queue 256 > "$work/serve.out" 2> "$work/serve.log" &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/serve.out" 2>/dev/null && break; sleep 0.05; done
url=$(sed -n 's/.*listening on //p' "$work/serve.out")
[ -n "$url" ] || { echo "the service did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

cat > "$work/post.lua" <<LUA
local bodies = {}
for i = 0, 49 do
  local f = assert(io.open("$work/doc-" .. i .. ".json", "rb"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/v1/render", { ["Content-Type"] = "application/json" }, bodies[n % #bodies + 1])
end
LUA

# Warm-up (first renders parse the profile), then the measured runs.
wrk -t1 -c"$workers" -d3s -s "$work/post.lua" "$url" > /dev/null
for connections in "$workers" 8 32; do
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "$url" > "$work/wrk.txt"
  rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  total=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/wrk.txt")
  errors=$(grep -c "Socket errors" "$work/wrk.txt" || true)
  printf 'POST /v1/render, %2s connections: %7.1f req/s (%.0f%% of batch), p50 %s, p99 %s, %s requests, non-2xx %s, socket error lines %s\n' \
    "$connections" "$rate" "$(echo "100 * $rate / $batch_rate" | bc -l)" "$p50" "$p99" "$total" "${bad:-0}" "$errors"
done
echo
grep -o '"status":[0-9]*' "$work/serve.log" | sort | uniq -c | sed 's/^/log: /'
echo "peak memory of the service: $(awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' /proc/$server/status)"

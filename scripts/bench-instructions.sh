#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind: stable on a noisy machine, docs/performance.md):
#   - per document of a batch: (batch of 11 − batch of 1) / 10, so start-up is left out;
#   - a cold `vanban render` of one 2-page công văn, start-up included.
# Usage: scripts/bench-instructions.sh VANBAN VANBANBENCH
set -euo pipefail
vanban="$1"; bench="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
export VANBAN_RESOURCES="$root"
(cd "$root" && "$bench" . --emit 11 "$work")
head -1 "$work/batch.jsonl" > "$work/one.jsonl"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
one=$(count "$vanban" batch "$work/one.jsonl" -o "$work/o1" --jobs 1 --quiet)
eleven=$(count "$vanban" batch "$work/batch.jsonl" -o "$work/o11" --jobs 1 --quiet)
cold=$(count "$vanban" render "$work/doc-0.json" -o "$work/cold.pdf")
awk -v one="$one" -v eleven="$eleven" -v cold="$cold" 'BEGIN {
  printf "Instructions (callgrind): %.1f M per 2-page công văn in a batch; cold vanban render %.1f M\n", (eleven - one) / 10 / 1e6, cold / 1e6 }'

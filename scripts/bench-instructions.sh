#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind: stable on a noisy machine, docs/performance.md):
#   - per document of a batch: (batch of 11 − batch of 1) / 10, so start-up is left out;
#   - the same with --pdfa (XMP, output intent);
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
one_a=$(count "$vanban" batch "$work/one.jsonl" -o "$work/a1" --jobs 1 --quiet --pdfa)
eleven_a=$(count "$vanban" batch "$work/batch.jsonl" -o "$work/a11" --jobs 1 --quiet --pdfa)
cold=$(count "$vanban" render "$work/doc-0.json" -o "$work/cold.pdf")
awk -v one="$one" -v eleven="$eleven" -v cold="$cold" -v one_a="$one_a" -v eleven_a="$eleven_a" 'BEGIN {
  plain = (eleven - one) / 10; archival = (eleven_a - one_a) / 10
  printf "Instructions (callgrind): %.1f M per 2-page công văn in a batch (%.1f M with --pdfa, +%.1f %%); cold vanban render %.1f M\n",
    plain / 1e6, archival / 1e6, (archival / plain - 1) * 100, cold / 1e6 }'

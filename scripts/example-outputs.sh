#!/usr/bin/env bash
# Renders every example with a given `vanban` into OUTDIR (PDF, pages at 100 dpi as PNG, the
# text of `pdftotext -raw`), or compares two such folders: what a refactoring (the same bytes)
# or a speed change (the same pixels and text) must leave unchanged.
#   scripts/example-outputs.sh render VANBAN OUTDIR
#   scripts/example-outputs.sh compare BEFORE AFTER     # exit 1 when anything differs; says what
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

case "${1:-}" in
render)
  vanban="$2"; out="$3"
  mkdir -p "$out"
  for f in "$root"/examples/*.json; do
    name="$(basename "$f" .json)"
    "$vanban" render "$f" -o "$out/$name.pdf" --resources "$root" --quiet
    pdftoppm -r 100 -png "$out/$name.pdf" "$out/$name"
    pdftotext -raw -enc UTF-8 "$out/$name.pdf" "$out/$name.txt"
  done
  echo "example-outputs: $(ls "$out"/*.pdf | wc -l) documents in $out"
  ;;
compare)
  before="$2"; after="$3"
  bytes=0; pixels=0; text=0; missing=0
  for a in "$before"/*.pdf; do
    name="$(basename "$a" .pdf)"; b="$after/$name.pdf"
    if [ ! -f "$b" ]; then echo "missing: $name"; missing=$((missing + 1)); continue; fi
    cmp -s "$a" "$b" || { echo "bytes differ: $name"; bytes=$((bytes + 1)); }
    cmp -s "$before/$name.txt" "$after/$name.txt" || { echo "text differs: $name"; text=$((text + 1)); }
  done
  for a in "$before"/*.png; do
    b="$after/$(basename "$a")"
    if [ ! -f "$b" ]; then echo "missing page: $(basename "$a")"; missing=$((missing + 1)); continue; fi
    cmp -s "$a" "$b" || { echo "pixels differ: $(basename "$a")"; pixels=$((pixels + 1)); }
  done
  echo "example-outputs: $bytes PDFs with other bytes, $pixels pages with other pixels, $text texts differ, $missing missing"
  [ $((bytes + pixels + text + missing)) -eq 0 ]
  ;;
*)
  sed -n 2,6p "$0"; exit 2 ;;
esac

#!/bin/sh
# Builds and runs examples/embed (a package depending on VanBan by path) and checks its PDF.
# Part of `make test`: the library's public API is used exactly as another package uses it.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
scratch="$root/.build-embed"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build --package-path examples/embed --scratch-path "$scratch" -q
(cd "$out" && "$scratch/debug/EmbedExample" "$root")
text=$(pdftotext -raw -enc UTF-8 "$out/cong-van-12.pdf" -)
for expected in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Số: 12/SNV-VP" "Trà Vinh, ngày 05 tháng 3 năm 2024" "Nguyễn Văn An"; do
  case "$text" in
    *"$expected"*) ;;
    *) echo "embed example: '$expected' missing from its PDF" >&2; exit 1 ;;
  esac
done
echo "embed example: builds, runs and renders cong-van-12.pdf ($(pdfinfo "$out/cong-van-12.pdf" | awk '/^Pages:/ {print $2}') page)"

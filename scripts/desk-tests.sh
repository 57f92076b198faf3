#!/usr/bin/env bash
# The desk's browser tests (Tests/Desk, docs/desk.md): Debian's headless Chromium driven by
# Selenium through /usr/bin/chromedriver (no browser or driver is downloaded), against a
# vanban-serve started here on a free loopback port. `make test` runs it after `swift test`.
#   VANBAN_SERVE   the service binary (default .build/debug/vanban-serve)
#   extra arguments go to pytest (e.g. -k giay_moi)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# (a) Chromium and its driver from Debian, pdftotext/pdfsig from poppler-utils.
packages=(chromium chromium-driver poppler-utils python3 python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "desk-tests: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "desk-tests: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" \
    || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

# Selenium and pytest, pinned, in the test virtual environment of the checkout.
venv="$root/.venv-tests"
selenium_version="4.51.0"
pytest_version="9.2.0"
[ -x "$venv/bin/python3" ] || python3 -m venv "$venv"
if ! "$venv/bin/python3" - "$selenium_version" "$pytest_version" <<'EOF' 2>/dev/null
import sys, selenium, pytest
sys.exit(0 if (selenium.__version__, pytest.__version__) == (sys.argv[1], sys.argv[2]) else 1)
EOF
then
  echo "desk-tests: installing selenium $selenium_version and pytest $pytest_version into $venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "selenium==$selenium_version" "pytest==$pytest_version"
fi

# (b) The service on a free port; its first line on standard output says where.
serve="${VANBAN_SERVE:-$root/.build/debug/vanban-serve}"
[ -x "$serve" ] || { echo "desk-tests: $serve not found (swift build --product vanban-serve, or set VANBAN_SERVE)" >&2; exit 1; }
work="$(mktemp -d)"
"$serve" --resources "$root" --port 0 --workers 2 >"$work/stdout" 2>"$work/stderr" &
server=$!
stop() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

line=""
for _ in $(seq 1 300); do
  line="$(head -n 1 "$work/stdout" 2>/dev/null || true)"
  [[ "$line" == "vanban: listening on "* ]] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "desk-tests: vanban-serve exited before listening:" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  sleep 0.1
done
[[ "$line" == "vanban: listening on "* ]] || { echo "desk-tests: vanban-serve did not say where it listens" >&2; exit 1; }
url="${line#vanban: listening on }"
echo "desk-tests: $url ($serve)"

# (c) The tests, headless, against that service. Selenium Manager stays offline.
status=0
DESK_URL="$url" SE_OFFLINE=true "$venv/bin/python3" -m pytest -p no:cacheprovider -q Tests/Desk "$@" || status=$?

# (d) Stop the service (SIGTERM: it finishes what is in flight) and answer with pytest's status.
stop
trap - EXIT
exit "$status"

#!/usr/bin/env bash
# Installs the Debian packages VanBan needs when any is missing (Debian 12 / Ubuntu).
# Called by `make examples` and `make test`; safe to run again.
set -euo pipefail

packages=(pkg-config libharfbuzz-dev libfreetype-dev libcairo2-dev zlib1g-dev poppler-utils qpdf openssl python3 python3-venv fonts-dejavu-core time)
# `make bench` counts instructions with valgrind; `make bench-service` loads the service with wrk.
[ "${1:-}" = "--bench" ] && packages+=(wrk valgrind)
# `make test` balances three services with nginx (scripts/scale-test.sh, docs/scale.md).
[ "${1:-}" = "--test" ] && packages+=(nginx)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "ensure-deps: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "ensure-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" \
    || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends "${missing[@]}"; }
fi

command -v swift >/dev/null || { echo "ensure-deps: Swift 6 is required (https://www.swift.org/install/linux/)" >&2; exit 1; }

# The signing tests sign and validate with pyHanko, the service tests check the service against
# docs/openapi.yaml with schemathesis: both in a virtual environment of the checkout.
if [ "${1:-}" = "--test" ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.venv-tests"
  if ! "$venv/bin/python3" -c "import pyhanko, pyhanko_certvalidator, schemathesis, PIL" 2>/dev/null; then
    echo "ensure-deps: installing pyHanko, Pillow (its image stamps) and schemathesis into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "pyhanko==0.38.0" "pyhanko-certvalidator==0.33.0" \
      "pillow==11.0.0" "schemathesis==4.32.5"
  fi
fi

# `make bench` sets VanBan beside Typst (scripts/bench-typst.py): the typst package from PyPI in
# a virtual environment of the checkout.
if [ "${1:-}" = "--bench" ]; then
  venv="$(cd "$(dirname "$0")/.." && pwd)/.venv-bench"
  if ! "$venv/bin/python3" -c "import typst, sys; sys.exit(typst.__version__ != '0.15.0')" 2>/dev/null; then
    echo "ensure-deps: installing typst into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "typst==0.15.0"
  fi
fi

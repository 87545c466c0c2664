#!/usr/bin/env bash
# Checks one generated Python SDK with its own toolchain and builds its wheel:
#   ruff check, ruff format --check, mypy --strict (current Python and --python-version 3.9), python -m build.
# Usage: check-sdk.sh SDK_DIR WHEEL_DIR   (prints one line: "<sdk> ok <seconds>" or "<sdk> FAILED <step>")
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/../.venv-ci/bin"
py39="$here/../.venv-py39/bin/python"
sdk=$1
wheels=$2
name=$(basename "$(dirname "$sdk")")/$(basename "$sdk")
log=$(mktemp)
started=$(date +%s%N)

step() { # name, command...
  local label=$1
  shift
  if ! (cd "$sdk" && "$@") >"$log" 2>&1; then
    echo "$name FAILED $label"
    tail -n 40 "$log" | sed 's/^/    /'
    rm -f "$log"
    exit 1
  fi
}

step "ruff check" "$venv/ruff" check --no-cache --quiet .
step "ruff format" "$venv/ruff" format --no-cache --check --quiet .
step "mypy" "$venv/mypy" --strict --no-incremental --cache-dir=/dev/null src
step "mypy 3.9" "$venv/mypy" --strict --no-incremental --cache-dir=/dev/null --python-version 3.9 \
  --python-executable "$py39" src
step "build" "$venv/python" -m build --wheel --no-isolation --outdir "$wheels" .
rm -f "$log"
elapsed=$(( ($(date +%s%N) - started) / 100000000 ))
echo "$name ok $((elapsed / 10)).$((elapsed % 10))s"

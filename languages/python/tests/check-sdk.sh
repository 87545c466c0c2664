#!/usr/bin/env bash
# Checks generated Python SDKs with their own toolchain: ruff check, ruff format --check,
# mypy --strict (current Python and --python-version 3.9), a wheel built into SDK_DIR/dist, and an
# import of that wheel (installed without dependencies into a scratch folder on top of the tools'
# virtualenv, which has httpx).
# Usage: check-sdk.sh SDK_DIR...   (SDK_DIR is the python/ folder of `switchboard generate -o`)
# Prints one line per SDK, "ok NAME (N s)" or "FAIL NAME: step", then "toolchain: N passed, N failed";
# exits 1 when any SDK failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/../.venv-ci/bin"
py39="$here/../.venv-py39/bin/python"
if [[ ! -x $venv/mypy || ! -x $py39 ]]; then
  echo "missing tools: run languages/python/tests/install.sh" >&2
  exit 2
fi

# build_wheel: builds the SDK in the current folder into dist/ (only this wheel).
build_wheel() {
  rm -rf dist && "$venv/python" -m build --wheel --no-isolation --outdir dist .
}

# import_wheel TARGET: installs dist/*.whl without dependencies into TARGET, imports its package
# and builds a client.
import_wheel() {
  local package
  "$venv/python" -m pip install --quiet --disable-pip-version-check --no-deps --target "$1" dist/*.whl || return 1
  package="$(python3 -c 'import sys, zipfile; print(next(n.split("/")[0] for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.count("/") == 1 and n.endswith("/__init__.py")))' dist/*.whl)"
  PYTHONPATH="$1" "$venv/python" -c "import $package; $package.Client(base_url='http://127.0.0.1:9')"
}

check_one() { # SDK_DIR NAME
  local sdk=$1 name=$2 log scratch
  log=$(mktemp)
  scratch=$(mktemp -d)
  step() { # label, command...
    local label=$1
    shift
    if ! (cd "$sdk" && "$@") >"$log" 2>&1; then
      echo "FAIL $name: $label"
      tail -n 40 "$log" | sed 's/^/    /'
      return 1
    fi
  }
  step "ruff check" "$venv/ruff" check --no-cache --quiet . &&
    step "ruff format" "$venv/ruff" format --no-cache --check --quiet . &&
    step "mypy" "$venv/mypy" --strict --no-incremental --cache-dir=/dev/null src &&
    step "mypy 3.9" "$venv/mypy" --strict --no-incremental --cache-dir=/dev/null --python-version 3.9 \
      --python-executable "$py39" src &&
    step "build" build_wheel &&
    step "import" import_wheel "$scratch"
  local status=$?
  rm -rf "$log" "$scratch"
  return $status
}

passed=0
failed=0
for sdk in "$@"; do
  name="$(basename "$sdk")"
  [[ $name == python ]] && name="$(basename "$(dirname "$sdk")")"
  started=$SECONDS
  if check_one "$sdk" "$name"; then
    echo "ok $name ($((SECONDS - started)) s)"
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed"
[[ $failed -eq 0 ]]

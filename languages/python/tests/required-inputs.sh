#!/usr/bin/env bash
# A required property of an optional body stays required (docs/plan.md): generates the SDK of
# samples/optional-body into DIR and checks that mypy --strict rejects a call without `to` (naming
# it) and accepts one with it. Usage: required-inputs.sh DIR   (tools from install.sh)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mypy="$here/../.venv-ci/bin/mypy"
dir=$1
"$root/switchboard" generate "$root/samples/optional-body/openapi.yaml" -l python -o "$dir" >/dev/null || exit 1
cp "$here"/required-inputs/*.py "$dir/"
check() { # file
  (cd "$dir" && MYPYPATH="$dir/python/src" "$mypy" --strict --no-incremental --cache-dir=/dev/null "$1")
}
if out=$(check without_to.py); then
  echo "required inputs FAILED: mypy accepted a call without to"
  exit 1
fi
if ! grep -q 'Missing named argument "to"' <<<"$out"; then
  echo "required inputs FAILED: mypy did not name to:"
  echo "$out"
  exit 1
fi
check with_to.py >/dev/null || { echo "required inputs FAILED: mypy rejected a call with to"; exit 1; }
echo "required inputs ok: mypy --strict rejects a call without to"

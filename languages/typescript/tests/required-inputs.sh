#!/usr/bin/env bash
# A required property of an optional body stays required (docs/plan.md): generates the SDK of
# samples/optional-body into DIR and checks that tsc rejects a call without `To` (naming it) and
# accepts one with it. Usage: required-inputs.sh DIR   (tools from install.sh)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tsc="$here/.tools/node_modules/.bin/tsc"
dir=$1
"$root/switchboard" generate "$root/samples/optional-body/openapi.yaml" -l typescript -o "$dir" >/dev/null || exit 1
sdk="$dir/typescript"
check() { # file
  rm -f "$sdk"/src/required-*.ts
  cp "$here/required-inputs/$1" "$sdk/src/required-$1"
  "$tsc" --noEmit -p "$sdk"
}
if out=$(check without-to.ts); then
  echo "required inputs FAILED: tsc accepted a call without To"
  exit 1
fi
if ! grep -q "Property 'To' is missing" <<<"$out"; then
  echo "required inputs FAILED: tsc did not name To:"
  echo "$out"
  exit 1
fi
check with-to.ts >/dev/null || { echo "required inputs FAILED: tsc rejected a call with To"; exit 1; }
rm -f "$sdk"/src/required-*.ts
echo "required inputs ok: tsc rejects a call without To"

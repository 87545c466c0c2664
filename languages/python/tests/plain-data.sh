#!/usr/bin/env bash
# Nested inputs as plain data: mypy --strict (current Python and --python-version 3.9) accepts dict
# literals keyed by wire names wherever a method takes an input model (plain-data/accepted.py), and
# refuses each of a wrong value type, a missing required key and an unknown key, naming the argument
# and its ...Param TypedDict. Usage: plain-data.sh [SDK_DIR]   (default: the committed kitchen-sink
# SDK; tools from install.sh)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
sdk="${1:-$root/samples/kitchen-sink/python}"
mypy="$here/../.venv-ci/bin/mypy"
py39="$here/../.venv-py39/bin/python"
check() { # file, mypy options...
  local file=$1
  shift
  MYPYPATH="$sdk/src" "$mypy" --strict --no-incremental --cache-dir=/dev/null "$@" "$here/plain-data/$file"
}
failed=0
for version in current 3.9; do
  options=()
  [[ $version == 3.9 ]] && options=(--python-version 3.9 --python-executable "$py39")
  if ! out=$(check accepted.py "${options[@]}"); then
    echo "plain data FAILED: mypy ($version) refused dict literals for nested inputs:"
    echo "$out"
    failed=1
  fi
done
refused() { # file, what the error must name
  local out
  if out=$(check "$1"); then
    echo "plain data FAILED: mypy accepted $1"
    failed=1
  elif ! grep -qF "$2" <<<"$out"; then
    echo "plain data FAILED: mypy's error for $1 does not name $2:"
    echo "$out"
    failed=1
  fi
}
refused wrong_type.py 'Argument "machine_detection" to "create" of "Calls" has incompatible type'
refused missing_key.py 'expected "PaymentIntentCreateShipping | PaymentIntentCreateShippingParam | NotGiven"'
refused unknown_key.py 'CatParam | DogParam | LizardParam"'
[[ $failed -eq 0 ]] && echo "plain data ok: mypy --strict accepts dict inputs and refuses a wrong type, a missing key and an unknown key"
exit $failed

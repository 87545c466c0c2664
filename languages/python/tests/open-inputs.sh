#!/usr/bin/env bash
# Input models that take properties they do not list (samples/open-inputs): generates that SDK into
# DIR and checks what its README says. mypy --strict refuses a dict literal with an unlisted key
# (a TypedDict cannot allow one without PEP 728's extra_items, which mypy does not support yet: when
# it does, this fails and the ...Param TypedDicts should use it), and accepts the model built with
# model_validate, which sends the unlisted key. Usage: open-inputs.sh DIR   (tools from install.sh)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$here/../.venv-ci/bin"
dir=$1
"$root/switchboard" generate "$root/samples/open-inputs/openapi.yaml" -l python -o "$dir" >/dev/null || exit 1
cp "$here"/open-inputs/*.py "$dir/"
check() { # file
  (cd "$dir" && MYPYPATH="$dir/python/src" "$venv/mypy" --strict --no-incremental --cache-dir=/dev/null "$1")
}
if out=$(check extra_key_literal.py); then
  echo "open inputs FAILED: mypy accepted a dict literal with an unlisted key: generate extra_items, update the README"
  exit 1
fi
if ! grep -qF 'StyleParam' <<<"$out"; then
  echo "open inputs FAILED: mypy's error does not name StyleParam:"
  echo "$out"
  exit 1
fi
check extra_key_model.py >/dev/null || { echo "open inputs FAILED: mypy refused Style.model_validate"; exit 1; }
(cd "$dir" && PYTHONPATH="$dir/python/src" "$venv/python" extra_key_model.py) \
  || { echo "open inputs FAILED: the unlisted key of Style.model_validate was not sent"; exit 1; }
grep -qF 'such as `Style`' "$dir/python/README.md" \
  || { echo "open inputs FAILED: the README does not name Style among the open input models"; exit 1; }
echo "open inputs ok: mypy refuses an unlisted key in a dict literal; the model sends it"

#!/usr/bin/env bash
# Python start-up benchmark (not run by ./test). Generates the GitHub and Stripe Python SDKs and
# Twilio's whole helper library (the 55 specs of samples/twilio as one SDK) with the CLI, then
# times a fresh process that imports the SDK, builds its client and makes one call against a stub
# server on 127.0.0.1, beside githubkit, stripe-python and twilio-python doing the same: median of
# 5 runs, wall time and peak RSS, and the ratio of ours to theirs (budget: at most 1.5x for GitHub
# and Stripe, 1.0x for Twilio).
#
#   bash bench/py-import.sh          RUNS=N for another count, BUDGET=X for another budget
#
# The official SDKs and the SDKs' dependencies are installed, pinned, into .cache/bench-py/venv.
# Exits 1 when a ratio is over the budget. Run it alone: timings on a busy machine mean little.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/.cache/bench-py"
venv="$work/venv"
# githubkit 0.16.1 allows hishel 2.0.0, which it cannot import: hishel is pinned below it.
official=(githubkit==0.16.1 "hishel[async,httpx]==1.3.0" stripe==16.1.0 twilio==9.13.0)
requirements="$root/languages/python/tests/requirements-ci.txt"

stamp="${official[*]} $(sha256sum "$requirements" | cut -c1-16)"
if [[ ! -x $venv/bin/python || "$(cat "$venv/stamp" 2>/dev/null)" != "$stamp" ]]; then
  echo "--- installing ${official[*]} into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
    -c "$requirements" httpx anyio typing-extensions "${official[@]}"
  echo "$stamp" > "$venv/stamp"
fi

specs="$(bash bench/fetch-specs.sh | tail -1)"
echo "--- generating the GitHub, Stripe and Twilio SDKs" >&2
rm -rf "$work/sdks"
./switchboard generate "$specs/github/api.github.com.json" -l python -o "$work/sdks/github" >/dev/null 2>&1
./switchboard generate "$specs/apis-guru/stripe.com.json" -l python -o "$work/sdks/stripe" >/dev/null 2>&1
./switchboard generate samples/twilio -l python -o "$work/sdks/twilio" >/dev/null 2>&1

echo "--- import, construct the client, one call against 127.0.0.1" >&2
"$venv/bin/python" bench/py_import.py "$venv/bin/python" \
  "$work/sdks/github/python/src" "$work/sdks/stripe/python/src" "$work/sdks/twilio/python/src" \
  conformance/github/full-repository.json

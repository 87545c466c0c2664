#!/usr/bin/env bash
# Times `switchboard diff` and `generate --release` between two pinned versions of GitHub's REST spec
# (@octokit/openapi 22.0.0 and 23.0.2, fetched by bench/fetch-specs.sh): wall time and peak resident
# memory (/usr/bin/time -v), with the number of changes per impact and language. Not run by ./test.
#
#   bash bench/diff-github.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
specs="$(bash bench/fetch-specs.sh | tail -1)"
old="$specs/github-22/api.github.com.json"
new="$specs/github/api.github.com.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./switchboard --version >/dev/null # builds the CLI first if needed, outside the timings

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" >"$work/out" 2>"$work/time" || { cat "$work/time" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time")
  printf '%-28s wall %-9s peak RSS %5s MB\n' "$label" "$wall" "$rss"
}

measure "diff (text)" ./switchboard diff "$old" "$new"
tail -3 "$work/out"
measure "diff (json)" ./switchboard diff "$old" "$new" --format json
python3 - "$work/out" <<'PY'
import json, sys, collections
report = json.load(open(sys.argv[1]))
kinds = collections.Counter(c["kind"] for c in report["changes"])
print(f"{len(report['changes'])} changes; most frequent kinds:", ", ".join(f"{k} {n}" for k, n in kinds.most_common(5)))
PY
measure "generate --release (python)" ./switchboard generate "$new" --release "$old" -l python -q -o "$work/sdk"
grep -m1 'release' "$work/out"

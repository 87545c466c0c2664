#!/usr/bin/env bash
# Checks generated Go SDKs with Go's own toolchain: gofmt -l prints nothing, go vet, the pinned
# staticcheck, go build and go test pass. Nothing is downloaded (GOPROXY=off, GOFLAGS=-mod=mod).
# Usage: check-sdk.sh SDK_DIR...   (SDK_DIR holds go.mod: the go/ folder of `switchboard generate -o`)
# Prints one line per SDK, "ok NAME (N s)" or "FAIL NAME: step", then "toolchain: N passed, N failed";
# exits 1 when any SDK failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
staticcheck="$here/.tools/staticcheck"
if [[ ! -x $staticcheck ]]; then
  echo "missing tools: run languages/go/tests/install.sh" >&2
  exit 2
fi
export GOPROXY=off GOFLAGS=-mod=mod GOTOOLCHAIN=local GOWORK=off

# check_one SDK_DIR: run in a subshell; prints "ok NAME (...)" or "FAIL NAME: step".
check_one() {
  local name started log
  name="$(basename "$(dirname "$1")")/$(basename "$1")"
  started=$SECONDS
  cd "$1" 2> /dev/null || { echo "FAIL $name: no directory"; return 1; }
  log="$(mktemp)"
  trap 'rm -f "$log"' RETURN
  fail() { echo "FAIL $name: $1"; head -20 "$log"; return 1; }
  gofmt -l . > "$log" 2>&1 && [[ ! -s $log ]] || { fail "gofmt -l"; return 1; }
  go vet ./... > "$log" 2>&1 || { fail "go vet"; return 1; }
  "$staticcheck" ./... > "$log" 2>&1 || { fail "staticcheck"; return 1; }
  go build ./... > "$log" 2>&1 || { fail "go build"; return 1; }
  go test ./... > "$log" 2>&1 || { fail "go test"; return 1; }
  echo "ok $name ($((SECONDS - started)) s)"
}

passed=0
failed=0
for sdk in "$@"; do
  if (check_one "$sdk"); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed"
[[ $failed -eq 0 ]]

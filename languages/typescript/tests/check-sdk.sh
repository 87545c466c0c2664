#!/usr/bin/env bash
# Checks generated TypeScript SDKs with their own toolchain: strict tsc over the sources and the
# README's examples, Prettier, build, the README's examples run against a stub fetch, npm pack, and
# an import of the packed tarball from an empty project in both ESM and CommonJS.
# Usage: check-sdk.sh SDK_DIR...   (SDK_DIR is the typescript/ folder of `switchboard generate -o`)
# Prints one line per SDK, "ok NAME (N s, ...)" or "FAIL NAME: step", then
# "toolchain: N passed, N failed"; exits 1 when any SDK failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools/node_modules"
if [[ ! -d $tools/typescript ]]; then
  echo "missing tools: run languages/typescript/tests/install.sh" >&2
  exit 2
fi

# check_one SDK_DIR NAME: run in a subshell; prints "ok NAME (...)" or "FAIL NAME: step".
check_one() {
  name=$2
  sdk="$(cd "$1" 2>/dev/null && pwd)"
  fail() { echo "FAIL $name: $1"; exit 1; }
  [[ -n $sdk ]] || fail "no directory"
  cd "$sdk" || fail "no directory"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  ln -sfn "$tools" node_modules
  mkdir -p "$work/examples" "$work/consumer"
  node "$here/readme-examples.mjs" "$sdk" "$work/examples" > /dev/null || fail "README examples not found"
  node "$tools/typescript/bin/tsc" -p "$work/examples" --noEmit --strict --noUncheckedIndexedAccess \
    --exactOptionalPropertyTypes > tsc.log 2>&1 || { head -20 tsc.log; fail "tsc ($(grep -c 'error TS' tsc.log) errors)"; }
  "$tools/.bin/prettier" --check . > prettier.log 2>&1 || { tail -5 prettier.log; fail "prettier"; }
  node scripts/build.mjs > build.log 2>&1 || { tail -20 build.log; fail "build"; }
  node "$work/examples/readme.mjs" > examples.log 2>&1 || { tail -12 examples.log; fail "README examples run"; }
  tarball="$(npm pack --silent 2> pack.log | tail -1)" || fail "npm pack"
  pkg="$(node -p 'require("./package.json").name')"
  consumer="$work/consumer"
  (cd "$consumer" && echo '{"name":"consumer","private":true}' > package.json \
    && npm install --no-audit --no-fund --offline "$sdk/$tarball" > install.log 2>&1) || fail "install of $tarball"
  (cd "$consumer" && node --input-type=module -e "
    const m = await import('$pkg');
    if (typeof m.default !== 'function') throw new Error('no default export');
    new m.default({ baseURL: 'http://127.0.0.1:9' });") || fail "ESM import"
  (cd "$consumer" && node -e "
    const m = require('$pkg');
    if (typeof m.default !== 'function') throw new Error('no default export');
    new m.default({ baseURL: 'http://127.0.0.1:9' });") || fail "CommonJS import"
  rm -f "$tarball" tsc.log prettier.log build.log pack.log examples.log
  echo "ok $name ($((SECONDS - started)) s, $(grep -c '^  \[' "$work/examples/readme.mjs") README examples)"
}

passed=0
failed=0
for sdk in "$@"; do
  name="$(basename "$sdk")"
  [[ $name == typescript ]] && name="$(basename "$(dirname "$sdk")")"
  started=$SECONDS
  if (check_one "$sdk" "$name"); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed"
[[ $failed -eq 0 ]]

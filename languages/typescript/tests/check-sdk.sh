#!/usr/bin/env bash
# Checks one generated SDK with its own toolchain: strict tsc, Prettier, build, npm pack, and an
# import of the packed tarball from an empty project in both ESM and CommonJS.
# Usage: check-sdk.sh SDK_DIR   (prints one line: 'ok NAME' or 'FAIL NAME: step')
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools/node_modules"
sdk="$1"
name="$(basename "$(dirname "$sdk")")"
fail() { echo "FAIL $name: $1"; exit 1; }
cd "$sdk" || fail "no directory"
ln -sfn "$tools" node_modules
node "$tools/typescript/bin/tsc" -p . --noEmit --strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes \
  > tsc.log 2>&1 || { head -20 tsc.log; fail "tsc ($(grep -c 'error TS' tsc.log) errors)"; }
"$tools/.bin/prettier" --check . > prettier.log 2>&1 || { tail -5 prettier.log; fail "prettier"; }
node scripts/build.mjs > build.log 2>&1 || { tail -20 build.log; fail "build"; }
tarball="$(npm pack --silent 2> pack.log | tail -1)" || fail "npm pack"
pkg="$(node -p 'require("./package.json").name')"
consumer="$(mktemp -d)"
trap 'rm -rf "$consumer"' EXIT
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
rm -f "$tarball" tsc.log prettier.log build.log pack.log
echo "ok $name"

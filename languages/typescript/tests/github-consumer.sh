#!/usr/bin/env bash
# A TypeScript program reads GitHub's example repository (conformance/github/) as GitHub's docs do:
# `repo.full_name`, `repo.id === 1296269`, `JSON.stringify(repo)`. It is compiled with tsc strict
# against the SDK's sources and run against an in-memory fetch. Usage: github-consumer.sh SDK_DIR
# (the typescript/ folder of the SDK of conformance/github/openapi.json; tools from install.sh).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tsc="$here/.tools/node_modules/typescript/bin/tsc"
sdk="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$sdk/src/github-consumer.ts"' EXIT
cp "$here/github-consumer/consumer.ts" "$sdk/src/github-consumer.ts"
if ! node "$tsc" -p "$sdk" --outDir "$work/out" > "$work/tsc.log" 2>&1; then
  echo "github consumer FAILED: tsc"
  head -20 "$work/tsc.log"
  exit 1
fi
echo '{"type":"module"}' > "$work/out/package.json"
node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  const { readRepository } = await import('$work/out/github-consumer.js');
  const failures = await readRepository(readFileSync('$root/conformance/github/full-repository.json', 'utf8'));
  if (failures.length > 0) { console.log('github consumer FAILED: ' + failures.join('; ')); process.exit(1); }
  console.log('github consumer ok: repo.full_name and repo.id === 1296269 read as in GitHub\'s docs');
" || exit 1

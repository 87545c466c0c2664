#!/usr/bin/env bash
# Installs the pinned TypeScript and Prettier that check the generated SDKs, the official twilio
# package the wire-comparison tests (official/) call, and verdaccio, the npm registry publish.sh
# publishes to, into tests/.tools. verdaccio 6.8.0 runs on Node 20 (6.10 wants Node 22); its node-fetch
# is held at 2.7.0, the version it installs with.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools"
if [[ -x $tools/node_modules/.bin/prettier && -f $tools/node_modules/typescript/package.json ]] \
  && grep -q '"version": "7.0.2"' "$tools/node_modules/typescript/package.json" \
  && grep -qs '"version": "6.3.1"' "$tools/node_modules/twilio/package.json" \
  && grep -qs '"version": "6.8.0"' "$tools/node_modules/verdaccio/package.json"; then
  echo "typescript tools already installed"
  exit 0
fi
mkdir -p "$tools"
cat > "$tools/package.json" <<'JSON'
{ "name": "switchboard-typescript-tools", "private": true, "overrides": { "node-fetch": "2.7.0" } }
JSON
npm install --prefix "$tools" --no-audit --no-fund --save-exact typescript@7.0.2 prettier@3.10.1 twilio@6.3.1 \
  verdaccio@6.8.0

#!/usr/bin/env bash
# The surface of a generated TypeScript SDK, read back from its syntax trees with the TypeScript
# compiler API (surface.mjs), compared with the plan. Usage: surface.sh PLAN_JSON SDK_DIR [CONFIG];
# CONFIG is the switchboard.yaml the SDK was generated with, whose `verbs` under
# languages.typescript (block style) renames the tree's methods. Prints the differences and a
# closing count, exits 1 on any. Needs install.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
verbs=""
if [[ -f ${3:-} ]]; then
  verbs="$(awk '/^[^ #]/ { section = $1 } section == "languages:" && /^  [^ #]/ { language = $1 }
    section == "languages:" && language == "typescript:" && $1 == "verbs:" { gsub(/"/, "", $2); print $2 }' "$3")"
fi
node "$here/surface.mjs" "$1" "$2" "$verbs"

#!/usr/bin/env bash
# The surface of a generated TypeScript SDK, read back from its syntax trees with the TypeScript
# compiler API (surface.mjs), compared with the plan. Usage: surface.sh PLAN_JSON SDK_DIR, the plan
# printed by `switchboard plan -l typescript` (its tree named as TypeScript names it). Prints the
# differences and a closing count, exits 1 on any. Needs install.sh first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node "$here/surface.mjs" "$1" "$2"

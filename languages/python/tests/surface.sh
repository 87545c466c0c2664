#!/usr/bin/env bash
# The surface of a generated Python SDK, read back with ast (surface.py), compared with the plan.
# Usage: surface.sh PLAN_JSON SDK_DIR; prints the differences and a closing count, exits 1 on any.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python3 "$here/surface.py" "$1" "$2"

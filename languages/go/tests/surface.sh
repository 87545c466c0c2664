#!/usr/bin/env bash
# The surface of a generated Go SDK, read back from its syntax trees with go/parser (surface/, a
# program of its own module on the standard library), compared with the plan. Usage: surface.sh
# PLAN_JSON SDK_DIR [CONFIG]; CONFIG is the switchboard.yaml the SDK was generated with, whose `verbs`
# under languages.go (block style) renames the tree's methods. Prints the differences and a closing
# count, exits 1 on any.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
verbs=""
if [[ -f ${3:-} ]]; then
  verbs="$(awk '/^[^ #]/ { section = $1 } section == "languages:" && /^  [^ #]/ { language = $1 }
    section == "languages:" && language == "go:" && $1 == "verbs:" { gsub(/"/, "", $2); print $2 }' "$3")"
fi
bin="$here/../target/surface"
mkdir -p "$bin"
(cd "$here/surface" && GOTOOLCHAIN=local GOWORK=off GOPROXY=off GOFLAGS= go build -o "$bin/surface" .)
"$bin/surface" "$1" "$2" "$verbs"

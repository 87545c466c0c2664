#!/usr/bin/env bash
# The surface of a generated Go SDK, read back from its syntax trees with go/parser (surface/, a
# program of its own module on the standard library), compared with the plan. Usage: surface.sh
# PLAN_JSON SDK_DIR, the plan printed by `switchboard plan -l go` (its tree named as Go names it).
# Prints the differences and a closing count, exits 1 on any.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bin="$here/../target/surface"
mkdir -p "$bin"
(cd "$here/surface" && GOTOOLCHAIN=local GOWORK=off GOPROXY=off GOFLAGS= go build -o "$bin/surface" .)
"$bin/surface" "$1" "$2"

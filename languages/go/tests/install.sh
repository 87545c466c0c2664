#!/usr/bin/env bash
# Installs the pinned staticcheck that checks the generated Go SDKs into tests/.tools (GOBIN).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools"
version=v0.8.2
if [[ -x $tools/staticcheck ]] && "$tools/staticcheck" -version 2>/dev/null | grep -q "${version#v}"; then
  echo "go tools already installed"
  exit 0
fi
mkdir -p "$tools"
GOBIN="$tools" GOFLAGS=-mod=mod go install "honnef.co/go/tools/cmd/staticcheck@$version"
"$tools/staticcheck" -version

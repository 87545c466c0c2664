#!/usr/bin/env bash
# Times SDK generation of GitHub's spec (from bench/fetch-specs.sh) in one language by the shipped
# launcher, `./switchboard generate SPEC -l LANGUAGE`, and by OpenAPI Generator 7.17.0's generator
# of the same language (java: `java`, go: `go`, python: `python`, typescript: `typescript-fetch`),
# one after the other in the same run, each under /usr/bin/time -v with its defaults (default heap,
# no JVM options). Prints wall time and peak RSS of each, then Switchboard's ratios to OpenAPI
# Generator (below 1 is better), and the budget: faster than OpenAPI Generator, under 1 GB peak.
# Usage: bench/generation.sh LANGUAGE [RUNS]   (default 1; with more, each tool's best run counts)
# Exits 1 when the budget is not met, 64 for an unknown language. OpenAPI Generator's jar comes
# from Maven Central (mvn dependency:get, once, into ~/.m2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
language=${1:-}
runs=${2:-1}
case $language in
  java | go | python) generator=$language ;;
  typescript) generator=typescript-fetch ;;
  *)
    echo "usage: bench/generation.sh java|go|python|typescript [RUNS]" >&2
    exit 64
    ;;
esac
openapi_version=7.17.0
spec="$(bash "$root/bench/fetch-specs.sh")/github/api.github.com.json"
jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$openapi_version/openapi-generator-cli-$openapi_version.jar"
if [[ ! -f $jar ]]; then
  mvn -B -q -ntp dependency:get "-Dartifact=org.openapitools:openapi-generator-cli:$openapi_version" \
    -Dtransitive=false >&2
fi
"$root/switchboard" languages >/dev/null # builds the launcher's jar first, outside the timing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# measure LABEL COMMAND...: runs COMMAND under /usr/bin/time -v; prints "seconds kilobytes".
measure() {
  local label=$1
  shift
  rm -rf "$work/out"
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/$label.log" 2>&1; then
    echo "$label failed:" >&2
    tail -20 "$work/$label.log" >&2
    exit 2
  fi
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  echo "$wall $rss"
}

# best LABEL COMMAND...: the fastest of $runs runs (and the highest peak RSS seen), "seconds kilobytes".
best() {
  local label=$1 seconds="" peak=0 i result s k
  shift
  for ((i = 0; i < runs; i++)); do
    result=$(measure "$label" "$@")
    read -r s k <<<"$result"
    echo "  $label run $((i + 1)): $s s, $((k / 1024)) MB" >&2
    if [[ -z $seconds ]] || awk -v a="$s" -v b="$seconds" 'BEGIN { exit !(a < b) }'; then seconds=$s; fi
    ((k > peak)) && peak=$k
  done
  echo "$seconds $peak"
}

echo "GitHub's spec ($(du -h "$spec" | cut -f1)), $runs run(s) each, on $(nproc) cores" >&2
read -r ours_s ours_k < <(best switchboard "$root/switchboard" generate "$spec" -l "$language" -o "$work/out")
read -r theirs_s theirs_k < <(best openapi-generator java -jar "$jar" generate -g "$generator" -i "$spec" -o "$work/out")

awk -v os="$ours_s" -v ok="$ours_k" -v ts="$theirs_s" -v tk="$theirs_k" -v v="$openapi_version" \
  -v what="$language generation" -v theirs="$generator" 'BEGIN {
  printf "%-42s %9s %12s\n", what, "time (s)", "peak RSS (MB)"
  printf "%-42s %9.1f %12.0f\n", "switchboard", os, ok / 1024
  printf "%-42s %9.1f %12.0f\n", "openapi-generator " v " " theirs, ts, tk / 1024
  printf "%-42s %9.2f %12.2f\n", "ratio (switchboard/theirs)", os / ts, ok / tk
}'
status=0
if awk -v a="$ours_s" -v b="$theirs_s" 'BEGIN { exit !(a >= b) }'; then
  echo "over budget: switchboard is not faster than openapi-generator" >&2
  status=1
fi
if ((ours_k >= 1024 * 1024)); then
  echo "over budget: switchboard's peak RSS is 1 GB or more" >&2
  status=1
fi
exit $status

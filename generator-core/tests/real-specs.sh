#!/usr/bin/env bash
# Validates real specs nobody here wrote: GitHub's (13 MB), and all 2,639 specs of the APIs.guru
# collection (Stripe's among them), fetched at pinned versions by bench/fetch-specs.sh. Every spec
# must load and lower without an error and without crashing. Prints 'N passed, N failed'.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="$(bash "$root/bench/fetch-specs.sh")"
jar="$root/cli/target/switchboard.jar"
[[ -f $jar ]] || mvn -q -B -f "$root/pom.xml" package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
{ echo "$cache/github/api.github.com.json"; find "$cache/apis-guru" -name '*.json' | sort; } > "$work/specs"
split -n l/2 "$work/specs" "$work/part-"
start=$(date +%s)
for part in "$work"/part-*; do
  (xargs -d '\n' -a "$part" java -Xmx2g -jar "$jar" validate >"$part.out" 2>"$part.err"; echo $? >"$part.exit") &
done
wait
passed=$(cat "$work"/part-*.out | grep -c ': valid: ' || true)
total=$(wc -l <"$work/specs")
failed=$((total - passed))
if [[ $failed -ne 0 ]]; then
  echo "specs that did not validate:"
  cat "$work"/part-*.out | grep -v ': valid: ' | grep -v '^  paginated: ' | head -20
  grep -h 'switchboard:' "$work"/part-*.err | head -20 || true
fi
warnings=$(cat "$work"/part-*.err | grep -c ': warning: ' || true)
echo "real specs: $total validated in $(( $(date +%s) - start )) s, $warnings warnings"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]

#!/usr/bin/env bash
# Runs the TypeScript SDK toolchain checks (strict tsc over the sources and the README examples,
# Prettier, build, README examples run against a stub fetch, npm pack, ESM and CommonJS import)
# over every Twilio spec, GitHub's and Stripe's, and times each generation.
# Needs languages/typescript/tests/install.sh and `bash bench/fetch-specs.sh` first.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check="$root/languages/typescript/tests/check-sdk.sh"
out="$root/languages/typescript/target/corpus"
specs_dir="$(bash "$root/bench/fetch-specs.sh" | tail -1)"
rm -rf "$out"
mkdir -p "$out"
specs=("$root"/samples/twilio/*.json "$specs_dir/github/api.github.com.json" "$specs_dir/apis-guru/stripe.com.json")
passed=0
failed=0
declare -A group_passed group_total
start=$SECONDS
for spec in "${specs[@]}"; do
  name="$(basename "$spec" .json)"
  group="${name%%_*}"
  group_total[$group]=$((${group_total[$group]:-0} + 1))
  t0=$SECONDS
  if ! /usr/bin/time -f "%e s %M KB" -o "$out/$name.gen" "$root/switchboard" generate "$spec" -l typescript \
    -o "$out/$name" > /dev/null 2> "$out/$name.log"; then
    echo "FAIL $name: generate"
    failed=$((failed + 1))
    continue
  fi
  size="$(find "$out/$name/typescript" -type f | wc -l) files, $(du -sb "$out/$name/typescript" \
    | awk '{printf "%.1f MB", $1 / 1e6}')"
  if result="$(bash "$check" "$out/$name/typescript" 2>&1 | tail -1)" && [[ $result == ok* ]]; then
    passed=$((passed + 1))
    group_passed[$group]=$((${group_passed[$group]:-0} + 1))
  else
    failed=$((failed + 1))
  fi
  echo "$result ($((SECONDS - t0)) s; generation $(cat "$out/$name.gen"); $size)"
done
for group in "${!group_total[@]}"; do
  echo "$group: ${group_passed[$group]:-0} of ${group_total[$group]} passed"
done | sort
echo "corpus: $passed passed, $failed failed in $((SECONDS - start)) s"

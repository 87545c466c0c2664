#!/usr/bin/env bash
# TypeScript SDK checks run by ./test: the kitchen sink and a fixed subset of Twilio specs are
# generated with the CLI and checked with tsc (strict, README examples included), Prettier, build,
# a run of the README examples, npm pack and ESM/CJS imports; then the conformance scenarios
# S01-S36 and S41-S44 (and a few behaviours beyond them) run against the built kitchen-sink SDK.
# bench/typescript-corpus.sh runs the same checks over every Twilio spec, GitHub's and Stripe's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/languages/typescript/target/sdk-checks"
twilio="$root/../shared/specs/twilio"
specs=("$root/samples/kitchen-sink/openapi.yaml")
for name in api_v2010 messaging_v1 verify_v2 studio_v2 flex_v1; do
  specs+=("$twilio/twilio_$name.json")
done
if [[ ! -d $here/.tools/node_modules/typescript ]]; then
  echo "missing tools: run languages/typescript/tests/install.sh" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
failed=0
passed=0
for spec in "${specs[@]}"; do
  name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
  [[ $name == openapi ]] && name=kitchen-sink
  "$root/switchboard" generate "$spec" -l typescript -o "$out/$name" > /dev/null
  if bash "$here/check-sdk.sh" "$out/$name/typescript"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
if bash "$here/required-inputs.sh" "$out/optional-body"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
# The SDK's surface, read back from its sources, matches the plan (docs/plan.md).
"$root/switchboard" plan "$twilio/twilio_api_v2010.json" -o "$out/twilio_api_v2010.plan.json" 2> /dev/null
for pair in "$root/samples/kitchen-sink/plan.json kitchen-sink" "$out/twilio_api_v2010.plan.json twilio_api_v2010"; do
  read -r plan name <<<"$pair"
  if node "$here/surface.mjs" "$plan" "$out/$name/typescript" | tail -1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed"
[[ $failed -eq 0 ]] || exit 1
export KITCHEN_SINK_SDK="$out/kitchen-sink/typescript"
export TWILIO_API_SDK="$out/twilio_api_v2010/typescript"
cd "$root"
python3 conformance/harness.py run -- node --test --test-concurrency=1 "$here"/conformance/*.test.mjs

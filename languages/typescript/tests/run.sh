#!/usr/bin/env bash
# TypeScript SDK checks run by ./test: the kitchen sink and a fixed subset of Twilio specs are
# generated with the CLI and checked with tsc (strict, README examples included), Prettier, build,
# a run of the README examples, npm pack and ESM/CJS imports; two releases of the kitchen sink are
# published to a verdaccio on 127.0.0.1 and installed from it (publish.sh); then the conformance scenarios
# S01-S36, S40-S48, S50-S55, S57-S61 (and a few behaviours beyond them) run against the built kitchen-sink SDK, and the
# lenient-decoding tests against the SDK of conformance/github/openapi.json; and the same Twilio calls,
# made with the official twilio npm package (installed by install.sh) and the generated SDKs, must send
# the same requests to a recording server (official/).
# bench/corpus.sh typescript runs the same checks over every Twilio spec, GitHub's and Stripe's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/languages/typescript/target/sdk-checks"
twilio="$root/samples/twilio"
specs=("$root/samples/kitchen-sink/openapi.yaml" "$root/conformance/github/openapi.json" "$root/samples/hostile/openapi.yaml")
for name in api_v2010 messaging_v1 verify_v2 lookups_v2 studio_v2 flex_v1; do
  specs+=("$twilio/twilio_$name.json")
done
if [[ ! -d $here/.tools/node_modules/typescript ]]; then
  echo "missing tools: run languages/typescript/tests/install.sh" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
sdks=()
for spec in "${specs[@]}"; do
  name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
  [[ $name == openapi ]] && name="$(basename "$(dirname "$spec")")"
  "$root/switchboard" generate "$spec" -l typescript -o "$out/$name" > /dev/null
  sdks+=("$out/$name/typescript")
done
failed=0
bash "$here/check-sdk.sh" "${sdks[@]}" || failed=1
bash "$here/required-inputs.sh" "$out/optional-body" || failed=1
bash "$here/github-consumer.sh" "$out/github/typescript" || failed=1
# Releases 1.0.0 and 1.1.0 of the kitchen sink published to a verdaccio on 127.0.0.1 and installed from it.
bash "$here/publish.sh" || failed=1
# The SDK's surface, read back from its sources, matches the plan (docs/plan.md).
for spec in "${specs[@]}"; do
  name="$(basename "$spec" | sed 's/\.[a-z]*$//')"
  [[ $name == openapi ]] && name="$(basename "$(dirname "$spec")")"
  [[ $name == kitchen-sink || $name == twilio_* ]] || continue
  "$root/switchboard" plan "$spec" -o "$out/$name.plan.json" 2> /dev/null
  if report="$(bash "$here/surface.sh" "$out/$name.plan.json" "$out/$name/typescript" 2>&1)"; then
    echo "$name: ${report##*$'\n'}"
  else
    echo "$report"
    failed=1
  fi
done
[[ $failed -eq 0 ]] || exit 1
export KITCHEN_SINK_SDK="$out/kitchen-sink/typescript"
export TWILIO_API_SDK="$out/twilio_api_v2010/typescript"
export GITHUB_REPOS_SDK="$out/github/typescript"
export TWILIO_VERIFY_SDK="$out/twilio_verify_v2/typescript"
export TWILIO_LOOKUPS_SDK="$out/twilio_lookups_v2/typescript"
export TWILIO_NODE_MODULES="$here/.tools/node_modules"
cd "$root"
python3 conformance/harness.py run -- node --test --test-concurrency=1 "$here"/conformance/*.test.mjs \
  "$here"/official/*.test.mjs

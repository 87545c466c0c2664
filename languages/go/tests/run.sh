#!/usr/bin/env bash
# Go SDK checks run by ./test: the committed kitchen-sink, hostile, two-spec and resource-tree SDKs and a
# few Twilio specs generated with the CLI, alone and as one SDK, are checked with gofmt, go vet, staticcheck,
# go build and go test (check-sdk.sh, which runs each SDK's examples against a stub); two releases are
# published to a file:// module proxy and used from it (publish.sh); the surfaces of the kitchen sink,
# the resource tree and the four Twilio SDKs are read back and compared with their plans (surface.sh), and a copy of
# the kitchen sink with one method renamed and one parameter dropped must fail that check;
# then the conformance scenarios
# (conformance/README.md) run with go test against WireMock, the kitchen sink's, the two-spec SDK's and the
# resource tree's used through replace directives.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/languages/go/target/sdk-checks"
if [[ ! -x $here/.tools/staticcheck ]]; then
  echo "missing tools: run languages/go/tests/install.sh" >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out"
sdks=("$root/samples/kitchen-sink/go" "$root/samples/hostile/go" "$root/samples/multi-spec/go" "$root/samples/resource-tree/go")
for name in api_v2010 messaging_v1 verify_v2 lookups_v2; do
  "$root/switchboard" generate "$root/samples/twilio/twilio_$name.json" -l go -o "$out/twilio_$name" > /dev/null \
    2> "$out/twilio_$name.log"
  sdks+=("$out/twilio_$name/go")
done
# The same four specs as one SDK: each mount's client is its resource tree (client.API.V2010().Messages()).
"$root/switchboard" generate "$root"/samples/twilio/twilio_{api_v2010,messaging_v1,verify_v2,lookups_v2}.json -l go \
  -o "$out/twilio_bundle" > /dev/null 2> "$out/twilio_bundle.log"
sdks+=("$out/twilio_bundle/go")
failed=0
bash "$here/check-sdk.sh" "${sdks[@]}" || failed=1
# Releases v1.0.0 and v2.0.0 of the kitchen sink published to a file:// module proxy and used from it.
bash "$here/publish.sh" || failed=1
# The SDK's surface, read back from its syntax trees (surface.sh), matches the plan (docs/plan.md).
declare -A surface_specs=([kitchen-sink]="$root/samples/kitchen-sink/openapi.yaml"
  [resource-tree]="$root/samples/resource-tree/openapi.yaml")
for name in api_v2010 messaging_v1 verify_v2 lookups_v2; do surface_specs[twilio_$name]="$root/samples/twilio/twilio_$name.json"; done
for name in kitchen-sink resource-tree twilio_api_v2010 twilio_messaging_v1 twilio_verify_v2 twilio_lookups_v2; do
  spec="${surface_specs[$name]}"
  sdk="$out/$name/go"
  [[ $name == twilio_* ]] || sdk="$root/samples/$name/go"
  # The plan as Go names it: the tree's methods in Go's verbs, which the config may rename.
  "$root/switchboard" plan "$spec" -l go -o "$out/$name.plan.json" 2> /dev/null
  if report="$(bash "$here/surface.sh" "$out/$name.plan.json" "$sdk" 2>&1)"; then
    echo "$name: ${report##*$'\n'}"
  else
    echo "$report"
    failed=1
  fi
done
# The check sees a difference: the kitchen sink with one method renamed and one parameter dropped is refused.
cp -r "$root/samples/kitchen-sink/go" "$out/altered"
sed -i -e 's/^func (s \*MessagesService) Create(/func (s *MessagesService) Add(/' \
  -e 's/^\tValidityPeriod core.Opt\[int64\]$//' "$out/altered/messages_service.go"
if report="$(bash "$here/surface.sh" "$out/kitchen-sink.plan.json" "$out/altered" 2>&1)"; then
  echo "FAIL surface: an altered SDK matched the plan: ${report##*$'\n'}"
  failed=1
else
  echo "altered kitchen-sink refused: ${report##*$'\n'}"
fi
[[ $failed -eq 0 ]] || exit 1

# The scenarios' module, with the SDKs it tests put in place by replace directives.
suite="$out/conformance"
mkdir -p "$suite"
cp "$here"/conformance/*_test.go "$suite/"
sed -e "s#KITCHEN_SINK_SDK#$root/samples/kitchen-sink/go#" -e "s#MULTI_SPEC_SDK#$root/samples/multi-spec/go#" \
  -e "s#RESOURCE_TREE_SDK#$root/samples/resource-tree/go#" \
  "$here/conformance/go.mod.in" > "$suite/go.mod"
export KITCHEN_SINK_SDK="$root/samples/kitchen-sink/go"
export GOPROXY=off GOFLAGS=-mod=mod GOTOOLCHAIN=local GOWORK=off
(cd "$suite" && go vet ./...)
cd "$root"
python3 conformance/harness.py run -- bash -c "cd '$suite' && go test -count=1 -p 1 -v ./... 2>&1 | grep -E '^(=== RUN|--- |    |ok|FAIL|PASS|panic)'; exit \${PIPESTATUS[0]}"

#!/usr/bin/env bash
# Java SDK checks, run by ./test: generates the kitchen sink, the GitHub repository test spec and a
# fixed set of Twilio specs with the CLI, checks every SDK with check-sdk.sh (Maven build: javac
# --release 11 -Xlint:all -Werror, sources and javadoc jars; google-java-format), runs the
# conformance scenarios S01-S36, S40-S48 and S50-S55, S57-S63 against WireMock and Prism, decodes GitHub's example
# repository with the SDK of conformance/github/openapi.json, deploys two releases of the kitchen
# sink to a repository on disk and resolves them from it (publish.sh), and builds a consumer project
# with the Maven plugin. Several specs, one SDK: samples/multi-spec (the committed sample, S62), samples/resource-tree (S63) and the
# Twilio specs together, each generated in one command and checked like the others.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

work="$root/languages/java/target/sdk-checks"
twilio=(twilio_api_v2010 twilio_messaging_v1 twilio_studio_v2 twilio_content_v1)
failed=0
steps=0

step() { # label, command...
  local label=$1 start=$SECONDS
  shift
  steps=$((steps + 1))
  if "$@"; then
    echo "PASS $label ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $label ($((SECONDS - start)) s)"
  fi
}

generate_all() {
  ./switchboard generate samples/kitchen-sink/openapi.yaml -l java -o "$work/kitchen-sink" >/dev/null || return 1
  ./switchboard generate conformance/github/openapi.json -l java -o "$work/github" >/dev/null || return 1
  ./switchboard generate samples/optional-body/openapi.yaml -l java -o "$work/optional-body" >/dev/null || return 1
  ./switchboard generate samples/hostile/openapi.yaml -l java -o "$work/hostile" >/dev/null || return 1
  for spec in "${twilio[@]}"; do
    ./switchboard generate "samples/twilio/$spec.json" -l java -o "$work/$spec" >/dev/null || return 1
  done
  ./switchboard generate samples/multi-spec -l java -o "$work/multi-spec" >/dev/null || return 1
  diff -r -x target samples/multi-spec/java "$work/multi-spec/java" || return 1
  ./switchboard generate samples/resource-tree/openapi.yaml -l java -o "$work/resource-tree" >/dev/null || return 1
  diff -r -x target samples/resource-tree/java "$work/resource-tree/java" || return 1
  # Outside the folders the toolchain step builds in one reactor: it is named like twilio_api_v2010's SDK.
  local specs=("${twilio[@]/#/samples/twilio/}")
  ./switchboard generate "${specs[@]/%/.json}" -l java -o "$work/together/twilio" >/dev/null || return 1
}

# surface NAME SPEC: the compiled SDK in $work/NAME/java, read back with reflection, matches the plan.
surface() {
  ./switchboard plan "$2" -l java -o "$work/$1.plan.json" 2>/dev/null || return 1
  bash languages/java/tests/surface.sh "$work/$1.plan.json" "$work/$1/java" | tail -1
}

conformance() {
  python3 conformance/harness.py run -- \
    mvn -B -o -ntp -f languages/java/tests/conformance/pom.xml test "-Dsdk.dir=$work/kitchen-sink/java" \
    "-Dbundle.dir=$work/multi-spec/java" "-Dtree.dir=$work/resource-tree/java"
}

lenient() {
  mvn -B -o -ntp -f languages/java/tests/lenient/pom.xml test "-Dsdk.dir=$work/github/java"
}

rm -rf "$work"
mkdir -p "$work"
step "generate kitchen sink, GitHub repository, optional body, hostile names, ${#twilio[@]} Twilio SDKs, the resource tree (as committed) and two of several specs (multi-spec, as committed; the ${#twilio[@]} Twilio specs as one)" generate_all
step "toolchain over ${#twilio[@]}+6 SDKs" bash "$here/check-sdk.sh" "$work"/*/java
step "the ${#twilio[@]} Twilio specs as one SDK: toolchain" bash "$here/check-sdk.sh" "$work/together/twilio/java"
step "required properties of an optional body and required nullable ones: build() names them" \
  bash languages/java/tests/required-inputs.sh "$work/optional-body" "$work/twilio_messaging_v1"
step "releases 1.0.0 and 1.1.0 deployed to a repository on disk and resolved from it" \
  bash languages/java/tests/publish.sh
step "kitchen-sink surface matches the plan" surface kitchen-sink samples/kitchen-sink/openapi.yaml
for spec in "${twilio[@]}"; do
  step "$spec surface matches the plan" surface "$spec" "samples/twilio/$spec.json"
done
step "conformance S01-S36, S40-S48, S50-S55, S57-S63 (JUnit 5, WireMock + Prism)" conformance
step "GitHub's example repository decodes leniently (JUnit 5)" lenient
step "Maven plugin: consumer build, then an up-to-date rebuild" bash languages/java/tests/consumer/run.sh
echo "java: $((steps - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]

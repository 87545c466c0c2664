#!/usr/bin/env bash
# Java SDK checks, run by ./test: generates the kitchen sink and a fixed set of Twilio specs with
# the CLI, builds every SDK with Maven (javac --release 11 -Xlint:all -Werror, sources and javadoc
# jars), checks that google-java-format would change nothing, runs the conformance scenarios
# S01-S36 and S41-S44 against WireMock and Prism, and builds a consumer project with the Maven plugin.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
source languages/java/tests/sdk-checks.sh

work="$root/languages/java/target/sdk-checks"
twilio=(twilio_api_v2010 twilio_messaging_v1 twilio_studio_v2 twilio_content_v1)
passed=0
failed=0

check() {
  local name=$1 start=$SECONDS
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS $name ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $name ($((SECONDS - start)) s)"
  fi
}

generate_all() {
  generate samples/kitchen-sink/openapi.yaml "$work/kitchen-sink" || return 1
  generate samples/optional-body/openapi.yaml "$work/optional-body" || return 1
  for spec in "${twilio[@]}"; do
    generate "../shared/specs/twilio/$spec.json" "$work/$spec" || return 1
  done
}

build_sdks() {
  build_all "$work" kitchen-sink optional-body "${twilio[@]}" || { grep -E "ERROR|FAILURE" "$work/build.log" | head -40; return 1; }
}

conformance() {
  python3 conformance/harness.py run -- \
    mvn -B -o -ntp -f languages/java/tests/conformance/pom.xml test "-Dsdk.dir=$work/kitchen-sink/java"
}

rm -rf "$work"
mkdir -p "$work"
ensure_cli
check "generate kitchen sink and ${#twilio[@]} Twilio SDKs" generate_all
check "mvn package (-Werror, javadoc, sources) of ${#twilio[@]}+2 SDKs" build_sdks
check "a required property of an optional body: build() names it" bash languages/java/tests/required-inputs.sh "$work/optional-body"
check "google-java-format --dry-run lists no file" format_check "$work"
check "conformance S01-S36 and S41-S44 (JUnit 5, WireMock + Prism)" conformance
check "Maven plugin: consumer build, then an up-to-date rebuild" bash languages/java/tests/consumer/run.sh
echo "java: $passed passed, $failed failed"
[[ $failed -eq 0 ]]

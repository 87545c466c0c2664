#!/usr/bin/env bash
# Java SDK checks, run by ./test: generates the kitchen sink, the GitHub repository test spec and a
# fixed set of Twilio specs with the CLI, checks every SDK with check-sdk.sh (Maven build: javac
# --release 11 -Xlint:all -Werror, sources and javadoc jars; google-java-format), runs the
# conformance scenarios S01-S36, S40-S44 and S50 against WireMock and Prism, decodes GitHub's example
# repository with the SDK of conformance/github/openapi.json, and builds a consumer project with
# the Maven plugin.
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
}

# surface DIR PLAN CLIENT: the compiled SDK in DIR/java, read back with reflection, matches the plan.
surface() {
  local sdk=$1/java
  mvn -B -o -ntp -q -f "$sdk/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    "-Dmdep.outputFile=$1/classpath.txt" >/dev/null || return 1
  java -cp "$sdk/target/classes:$(cat "$1/classpath.txt")" languages/java/tests/surface/Surface.java \
    "$2" "$3" | tail -1
}

conformance() {
  python3 conformance/harness.py run -- \
    mvn -B -o -ntp -f languages/java/tests/conformance/pom.xml test "-Dsdk.dir=$work/kitchen-sink/java"
}

lenient() {
  mvn -B -o -ntp -f languages/java/tests/lenient/pom.xml test "-Dsdk.dir=$work/github/java"
}

rm -rf "$work"
mkdir -p "$work"
step "generate kitchen sink, GitHub repository, optional body, hostile names and ${#twilio[@]} Twilio SDKs" generate_all
step "toolchain over ${#twilio[@]}+4 SDKs" bash "$here/check-sdk.sh" "$work"/*/java
step "a required property of an optional body: build() names it" bash languages/java/tests/required-inputs.sh "$work/optional-body"
./switchboard plan samples/twilio/twilio_api_v2010.json -o "$work/twilio_api_v2010.plan.json" 2>/dev/null
step "kitchen-sink surface matches the plan" surface "$work/kitchen-sink" samples/kitchen-sink/plan.json com.kitchensink.KitchenSinkClient
step "Twilio 2010 surface matches the plan" surface "$work/twilio_api_v2010" "$work/twilio_api_v2010.plan.json" dev.switchboard.generated.twilio.TwilioClient
step "conformance S01-S36, S40-S44, S50 (JUnit 5, WireMock + Prism)" conformance
step "GitHub's example repository decodes leniently (JUnit 5)" lenient
step "Maven plugin: consumer build, then an up-to-date rebuild" bash languages/java/tests/consumer/run.sh
echo "java: $((steps - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]

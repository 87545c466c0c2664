#!/usr/bin/env bash
# Required inputs are refused before any request is sent (docs/plan.md). With the SDKs of
# samples/optional-body and of Twilio's messaging_v1 already built in OPTIONAL_BODY_DIR/java and
# MESSAGING_DIR/java (run.sh builds them with the others), compiles and runs two programs: a
# required property of an optional body (`to`) and a required nullable one (`useCaseCategories`,
# which may be set to null but not left unset) must each make build() throw naming it.
# Usage: required-inputs.sh OPTIONAL_BODY_DIR MESSAGING_DIR   (run from the repository root)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
status=0
check() { # DIR PROGRAM
  local sdk="$1/java" classes="$1/required-inputs"
  mvn -B -o -ntp -q -f "$sdk/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    "-Dmdep.outputFile=$1/classpath.txt" >/dev/null || return 1
  local classpath="$sdk/target/classes:$(cat "$1/classpath.txt")"
  mkdir -p "$classes"
  javac -d "$classes" -cp "$classpath" "$here/required-inputs/$2.java" || return 1
  java -cp "$classes:$classpath" "$2"
}
check "$1" RequiredInputs || status=1
check "$2" RequiredNullable || status=1
exit $status

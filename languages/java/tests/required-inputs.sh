#!/usr/bin/env bash
# A required property of an optional body stays required (docs/plan.md): with the SDK of
# samples/optional-body already built in DIR/java (run.sh builds it with the others), compiles and
# runs a program that expects build() to throw naming `to` when it is not set.
# Usage: required-inputs.sh DIR   (run from the repository root; tools from conformance/install.sh)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir=$1
sdk="$dir/java"
classes="$dir/required-inputs"
mvn -B -o -ntp -q -f "$sdk/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  "-Dmdep.outputFile=$dir/classpath.txt" >/dev/null || exit 1
classpath="$sdk/target/classes:$(cat "$dir/classpath.txt")"
mkdir -p "$classes"
javac -d "$classes" -cp "$classpath" "$here/required-inputs/RequiredInputs.java" || exit 1
java -cp "$classes:$classpath" RequiredInputs

#!/usr/bin/env bash
# The surface of a generated Java SDK, read back with reflection on its compiled classes
# (surface/Surface.java), compared with the plan. Compiles the SDK when it has no classes yet.
# Usage: surface.sh PLAN_JSON SDK_DIR; prints the differences and a closing count, exits 1 on any.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
plan=$1 sdk=$2
if [[ ! -d $sdk/target/classes ]]; then
  mvn -B -o -ntp -q -f "$sdk/pom.xml" compile -Dmaven.compiler.failOnWarning=false >/dev/null
fi
mvn -B -o -ntp -q -f "$sdk/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  "-Dmdep.outputFile=$sdk/target/classpath.txt" >/dev/null
# The client is the shallowest *Client.java: the root package holds it.
client="$(cd "$sdk/src/main/java" && find . -name '*Client.java' | awk -F/ '{ print NF, $0 }' | sort -n | head -1 \
  | cut -d' ' -f2 | sed 's|^\./||; s|\.java$||; s|/|.|g')"
java -cp "$sdk/target/classes:$(cat "$sdk/target/classpath.txt")" "$here/surface/Surface.java" "$plan" "$client"

#!/usr/bin/env bash
# Checks generated Java SDKs with their own toolchain: Maven builds each (javac --release 11
# -Xlint:all -Werror, sources and javadoc jars; all in one reactor, offline, to start Maven once)
# and google-java-format --dry-run (the pinned release's own jar, run as a separate process) lists
# none of their files: the generator writes that layout itself.
# Usage: check-sdk.sh SDK_DIR...   (SDK_DIR is the java/ folder of `switchboard generate -o`; the SDKs
# of one call need distinct artifactIds)
# Prints one line per SDK, "ok NAME (N s)" or "FAIL NAME: step", then "toolchain: N passed, N failed";
# exits 1 when any SDK failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
gjf_version=1.28.0
gjf="$HOME/.m2/repository/com/google/googlejavaformat/google-java-format/$gjf_version/google-java-format-$gjf_version-all-deps.jar"
[[ -f $gjf ]] || mvn -B -q -ntp dependency:get \
  "-Dartifact=com.google.googlejavaformat:google-java-format:$gjf_version:jar:all-deps" -Dtransitive=false >&2
reactor="$(mktemp -d)"
trap 'rm -rf "$reactor"' EXIT
started=$SECONDS

sdks=()
names=()
for sdk in "$@"; do
  sdks+=("$(cd "$sdk" && pwd)")
  name="$(basename "$sdk")"
  [[ $name == java ]] && name="$(basename "$(dirname "$sdk")")"
  names+=("$name")
done

# One reactor over every SDK's pom; Maven resolves modules relative to the reactor's folder.
{
  echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
  echo '<groupId>dev.switchboard.checks</groupId><artifactId>sdks</artifactId><version>1</version>'
  echo '<packaging>pom</packaging><modules>'
  for sdk in "${sdks[@]}"; do echo "<module>$(realpath --relative-to="$reactor" "$sdk")</module>"; done
  echo '</modules></project>'
} >"$reactor/pom.xml"
rm -rf "${sdks[@]/%//target}"
mvn -B -o -ntp -f "$reactor/pom.xml" package --fail-at-end -Dmaven.test.skip=true >"$reactor/build.log" 2>&1

# google-java-format reads javac internals.
exports=()
for package in api code file parser tree util; do
  exports+=("--add-exports=jdk.compiler/com.sun.tools.javac.$package=ALL-UNNAMED")
done
find "${sdks[@]}" -path '*/src/main/java/*' -name '*.java' >"$reactor/files.txt"
unformatted="$(java "${exports[@]}" -jar "$gjf" --dry-run "@$reactor/files.txt")"
seconds=$((SECONDS - started))

passed=0
failed=0
for i in "${!sdks[@]}"; do
  sdk=${sdks[$i]}
  name=${names[$i]}
  if ! compgen -G "$sdk/target/*-javadoc.jar" >/dev/null; then
    echo "FAIL $name: mvn package"
    grep -E "\[ERROR\].*$sdk" "$reactor/build.log" | head -10 | sed 's/^/    /'
    failed=$((failed + 1))
  elif grep -q "^$sdk/" <<<"$unformatted"; then
    echo "FAIL $name: google-java-format would change $(grep -c "^$sdk/" <<<"$unformatted") files"
    grep "^$sdk/" <<<"$unformatted" | head -5 | sed 's/^/    /'
    failed=$((failed + 1))
  else
    echo "ok $name"
    passed=$((passed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed (one reactor and one format run, $seconds s)"
[[ $failed -eq 0 ]]

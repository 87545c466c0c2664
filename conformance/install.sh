#!/usr/bin/env bash
# Installs the conformance servers into conformance/.tools (gitignored):
#   WireMock standalone (Maven Central) -> .tools/wiremock-standalone.jar
#   Stoplight Prism CLI (npm)           -> .tools/prism/node_modules/.bin/prism
# Idempotent: returns at once when both are already in place.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/.tools"
wiremock_version=3.13.2
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
mkdir -p "$tools"

install_wiremock() {
  local jar="$tools/wiremock-standalone.jar" stamp="$tools/wiremock-standalone.version"
  if [[ -f $jar && "$(cat "$stamp" 2>/dev/null)" == "$wiremock_version" ]]; then
    echo "wiremock-standalone $wiremock_version: already installed"
    return
  fi
  echo "wiremock-standalone $wiremock_version: installing"
  # Run outside the repository so Maven does not pick up the project's pom.xml.
  local log="$tools/wiremock-install.log"
  if ! (cd "$tools" && mvn -B -ntp -Dstyle.color=never "$dependency_plugin:copy" \
    -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" \
    -Dmdep.stripVersion=true -Dmdep.overWriteReleases=true -DoutputDirectory="$tools") > "$log" 2>&1; then
    cat "$log" >&2
    echo "wiremock-standalone: installation failed (log above)" >&2
    exit 1
  fi
  echo "$wiremock_version" > "$stamp"
}

install_prism() {
  local prism="$here/prism"
  local bin="$tools/prism/node_modules/.bin/prism"
  local stamp="$tools/prism/package-lock.json"
  if [[ -x $bin && -f $stamp ]] && cmp -s "$prism/package-lock.json" "$stamp"; then
    echo "prism-cli: already installed"
    return
  fi
  echo "prism-cli: installing"
  mkdir -p "$tools/prism"
  cp "$prism/package.json" "$prism/package-lock.json" "$tools/prism/"
  (cd "$tools/prism" && npm ci --no-audit --no-fund --loglevel=error)
}

install_wiremock
install_prism

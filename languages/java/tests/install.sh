#!/usr/bin/env bash
# Fetches what languages/java/tests/run.sh needs from Maven Central, so that it can run offline:
# the plugins a generated SDK's pom uses (built and deployed here on the committed kitchen-sink
# sample), and the conformance suite's test dependencies, and google-java-format's jar, which
# check-sdk.sh runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$root"
# Deployed to a scratch repository (not installed), so that maven-deploy-plugin is there for publish.sh.
scratch="$(mktemp -d)"
mvn -q -B -ntp -f samples/kitchen-sink/java/pom.xml deploy -Dmaven.install.skip=true \
  "-DaltDeploymentRepository=scratch::file://$scratch"
cached="$HOME/.m2/repository/com/kitchensink/kitchen-sink"
rm -rf samples/kitchen-sink/java/target "$scratch" "$cached"/maven-metadata-scratch.xml* "$cached/resolver-status.properties"
rmdir "$cached" "$(dirname "$cached")" 2> /dev/null || true
mvn -q -B -ntp -f languages/java/tests/conformance/pom.xml test -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dconformance.failIfNoTests=false
rm -rf languages/java/tests/conformance/target
mvn -q -B -ntp dependency:get -Dartifact=com.google.googlejavaformat:google-java-format:1.28.0:jar:all-deps \
  -Dtransitive=false

#!/usr/bin/env bash
# Builds this consumer project twice with switchboard:generate from the freshly built reactor:
# the first build generates the kitchen-sink Java SDK, compiles it with the consumer's code and runs
# its test; the second, with nothing changed, must skip generation. A private local repository
# (maven-plugin/target/it-repo) holds the Switchboard snapshots, so ~/.m2 is never written to;
# everything else is read from ~/.m2, as a file repository, before Maven Central.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
here="$root/languages/java/tests/consumer"
repo="$root/maven-plugin/target/it-repo"
settings="$root/maven-plugin/target/it-settings.xml"
mkdir -p "$repo"
cat >"$settings" <<XML
<settings>
  <profiles>
    <profile>
      <id>local-cache</id>
      <repositories>
        <repository><id>local-cache</id><url>file://$HOME/.m2/repository</url><snapshots><enabled>false</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>local-cache</id><url>file://$HOME/.m2/repository</url><snapshots><enabled>false</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>local-cache</activeProfile></activeProfiles>
</settings>
XML
maven=(mvn -B -ntp -s "$settings" -Dmaven.repo.local="$repo")

echo "installing the Switchboard reactor into $repo"
"${maven[@]}" -q -f "$root/pom.xml" install -DskipTests -pl maven-plugin -am

rm -rf "$here/target"
first="$here/target-logs/first.log"
second="$here/target-logs/second.log"
mkdir -p "$here/target-logs"
"${maven[@]}" -f "$here/pom.xml" verify >"$first" 2>&1 || { tail -60 "$first"; exit 1; }
grep -q "Switchboard: java: [0-9]* created" "$first" || { echo "first build did not generate"; tail -60 "$first"; exit 1; }
grep -q "Tests run: 1, Failures: 0, Errors: 0" "$first" || { echo "consumer test did not pass"; tail -60 "$first"; exit 1; }
"${maven[@]}" -f "$here/pom.xml" verify >"$second" 2>&1 || { tail -60 "$second"; exit 1; }
grep -q "unchanged since the last run; generation skipped" "$second" || { echo "second build did not skip generation"; tail -60 "$second"; exit 1; }

# check mode: passes on the committed sample, fails once a committed file differs
check=("${maven[@]}" -q -f "$here/pom.xml" switchboard:generate -Dswitchboard.check=true
  -Dswitchboard.spec="$root/samples/kitchen-sink/openapi.yaml")
"${check[@]}" -Dswitchboard.outputDirectory="$root/samples/kitchen-sink" || { echo "check failed on the committed sample"; exit 1; }
stale="$here/target/stale"
rm -rf "$stale" && mkdir -p "$stale" && cp -r "$root/samples/kitchen-sink/java" "$stale/java"
echo "edited" >>"$stale/java/README.md"
if "${check[@]}" -Dswitchboard.outputDirectory="$stale" >/dev/null 2>&1; then
  echo "check passed on an edited copy"
  exit 1
fi
echo "consumer: generated and ran on the first build, skipped generation on the second; check mode passes and fails as it should"

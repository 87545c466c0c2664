#!/usr/bin/env bash
# Publishing to a Maven repository, as a user does it: the kitchen-sink SDK released at 1.0.0 and,
# from a spec with one new optional query parameter, at 1.1.0 by `generate --release`
# (conformance/release-fixture.sh); each deployed with `mvn deploy` to a repository on disk
# (-DaltDeploymentRepository=published::file://...), never installed into the local repository (the
# sources and javadoc jars Maven Central also needs are left out: check-sdk.sh builds them). A
# consumer project with its own empty local repository and the published repository as a
# <repository> then resolves com.kitchensink:kitchen-sink:1.0.0, compiles a program that builds a
# client and runs it; then resolves the range [1.0,2.0), which must be 1.1.0, and runs a program
# calling misc().getHealth with verbose(true) on a server on 127.0.0.1 that must see ?verbose=true.
# Its other dependencies and plugins come from this machine's local repository, read as a file
# repository, so the consumer runs offline. Usage: publish.sh (install.sh fetches maven-deploy-plugin;
# deploying runs without -o, as the plugin refuses offline mode, and fetches nothing)
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# shellcheck source=../../../conformance/release-fixture.sh
source "$root/conformance/release-fixture.sh"

work="$(mktemp -d)"
local_repository="$HOME/.m2/repository"
# Deploying leaves the published repository's metadata, and when it was read, in the local
# repository: removed with the rest.
stop() {
  local cached="$local_repository/com/kitchensink/kitchen-sink"
  rm -rf "$work" "$cached"/maven-metadata-published.xml* "$cached/resolver-status.properties"
  rmdir "$cached" "$(dirname "$cached")" 2> /dev/null || true
}
trap stop EXIT

release_fixture "$work" java

for release in v1 v2; do
  mvn -B -ntp -q -f "$work/$release/java/pom.xml" deploy -Dmaven.install.skip=true -Dmaven.source.skip=true \
    -Dmaven.javadoc.skip=true \
    "-DaltDeploymentRepository=published::file://$work/repository" > "$work/deploy.log" 2>&1 \
    || { cat "$work/deploy.log" >&2; exit 1; }
done
published="$work/repository/com/kitchensink/kitchen-sink"
for version in 1.0.0 1.1.0; do
  for file in kitchen-sink-$version.pom kitchen-sink-$version.jar; do
    [[ -f $published/$version/$file ]] || { echo "not deployed: $version/$file" >&2; exit 1; }
  done
done
grep -q '<release>1.1.0</release>' "$published/maven-metadata.xml" || { cat "$published/maven-metadata.xml" >&2; exit 1; }
echo "deployed 1.0.0 and 1.1.0 to file://$work/repository"

consumer="$work/consumer"
mkdir -p "$consumer/src"
cat > "$consumer/pom.xml" << POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>consumer</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <repositories>
    <repository><id>published</id><url>file://$work/repository</url></repository>
    <repository><id>machine</id><url>file://$local_repository</url></repository>
  </repositories>
  <pluginRepositories>
    <pluginRepository><id>machine</id><url>file://$local_repository</url></pluginRepository>
  </pluginRepositories>
  <dependencies>
    <dependency>
      <groupId>com.kitchensink</groupId>
      <artifactId>kitchen-sink</artifactId>
      <version>\${sdk.version}</version>
    </dependency>
  </dependencies>
</project>
POM
cat > "$consumer/src/Construct.java" << 'JAVA'
import com.kitchensink.KitchenSinkClient;

public final class Construct {
  public static void main(String[] args) {
    KitchenSinkClient.builder().baseUrl("http://127.0.0.1:9").build();
  }
}
JAVA
cat > "$consumer/src/Health.java" << 'JAVA'
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.models.GetHealthParams;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class Health {
  public static void main(String[] args) throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      seen.add(exchange.getRequestURI().toString());
      byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
      KitchenSinkClient client = KitchenSinkClient.builder().baseUrl(url).maxRetries(0).build();
      String body = client.misc().getHealth(GetHealthParams.builder().verbose(true).build());
      if (!body.equals("ok") || !seen.equals(List.of("/v1/health?verbose=true"))) {
        throw new AssertionError("getHealth returned " + body + ", the server saw " + seen);
      }
    } finally {
      server.stop(0);
    }
  }
}
JAVA

# run VERSION PROGRAM: resolves the SDK at VERSION (a version or a range) into the consumer's own
# local repository, prints the SDK jar's file name, and compiles and runs PROGRAM (java's source launcher).
run() {
  mvn -B -ntp -o -q -f "$consumer/pom.xml" -Daether.offline.protocols=file "-Dmaven.repo.local=$consumer/m2" \
    "-Dsdk.version=$1" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    "-Dmdep.outputFile=$consumer/classpath.txt" > "$consumer/resolve.log" 2>&1 \
    || { cat "$consumer/resolve.log" >&2; return 1; }
  local classpath
  classpath="$(cat "$consumer/classpath.txt")"
  tr ':' '\n' <<< "$classpath" | grep -o 'kitchen-sink-[^/]*\.jar$'
  java -cp "$classpath" "$consumer/src/$2.java"
}

jar="$(run 1.0.0 Construct)"
[[ $jar == kitchen-sink-1.0.0.jar ]] || { echo "expected kitchen-sink-1.0.0.jar, resolved $jar" >&2; exit 1; }
echo "resolved 1.0.0 from the published repository; client built"
jar="$(run '[1.0,2.0)' Health)"
[[ $jar == kitchen-sink-1.1.0.jar ]] || { echo "expected kitchen-sink-1.1.0.jar for [1.0,2.0), resolved $jar" >&2; exit 1; }
echo "publish ok: resolved 1.1.0 for [1.0,2.0); getHealth with verbose(true) sent ?verbose=true"

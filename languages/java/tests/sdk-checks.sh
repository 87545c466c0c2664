# Functions shared by languages/java/tests/run.sh and bench/java-corpus.sh; source it from the
# repository root. Generated SDKs are built with Maven against the one local repository, offline.

sdk_jar="$PWD/cli/target/switchboard.jar"
gjf_exports=()
for package in api code file parser tree util; do
  gjf_exports+=("--add-exports=jdk.compiler/com.sun.tools.javac.$package=ALL-UNNAMED")
done

# Builds the CLI when it is missing (./test builds it with mvn verify first).
ensure_cli() {
  [[ -f $sdk_jar ]] || mvn -q -B -o package -DskipTests -pl cli -am
}

# generate SPEC DIR: writes the Java SDK of SPEC into DIR/java.
generate() {
  java -jar "$sdk_jar" generate "$1" -l java -o "$2" >/dev/null
}

# build_all DIR MODULE...: one Maven reactor over DIR/MODULE/java poms; prints the reactor summary.
build_all() {
  local dir=$1
  shift
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>dev.switchboard.checks</groupId><artifactId>sdks</artifactId><version>1</version>'
    echo '<packaging>pom</packaging><modules>'
    for module in "$@"; do echo "<module>$module/java</module>"; done
    echo '</modules></project>'
  } >"$dir/pom.xml"
  mvn -B -o -ntp -f "$dir/pom.xml" package --fail-at-end -Dmaven.test.skip=true >"$dir/build.log" 2>&1
}

# format_check DIR...: google-java-format --dry-run over every Java file; fails when it lists any.
format_check() {
  local list changed
  list=$(mktemp)
  find "$@" -path '*/src/main/java/*' -name '*.java' >"$list"
  changed=$(java "${gjf_exports[@]}" -cp "$sdk_jar" com.google.googlejavaformat.java.Main --dry-run "@$list")
  rm -f "$list"
  if [[ -n $changed ]]; then
    echo "google-java-format would change:"
    echo "$changed" | head -20
    return 1
  fi
}

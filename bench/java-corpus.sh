#!/usr/bin/env bash
# Java SDK corpus benchmark (not run in CI: it takes long). For every Twilio spec in
# samples/twilio, GitHub's and Stripe's (fetched by bench/fetch-specs.sh), it generates the
# Java SDK with the CLI, builds it with Maven (javac --release 11 -Xlint:all -Werror, sources and
# javadoc jars) and runs google-java-format --dry-run over it; it prints generation time, peak
# memory, files and size per spec, then pass counts. With COMPARE=1 it also runs OpenAPI Generator
# 7.17.0's java generator (library native) on GitHub's spec, for comparison.
#   bash bench/java-corpus.sh [twilio|github|stripe ...]   (default: all three groups)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source languages/java/tests/sdk-checks.sh
specs_dir="$(bash bench/fetch-specs.sh)"
work="$root/languages/java/target/bench-corpus"
groups=("${@:-twilio github stripe}")
groups=(${groups[*]})
ensure_cli
rm -rf "$work"
mkdir -p "$work"

declare -A spec_of
for spec in samples/twilio/*.json; do spec_of[$(basename "$spec" .json)]=$spec; done
spec_of[github]="$specs_dir/github/api.github.com.json"
spec_of[stripe]="$specs_dir/apis-guru/stripe.com.json"

names_in() {
  case $1 in
    twilio) for spec in samples/twilio/*.json; do basename "$spec" .json; done ;;
    *) echo "$1" ;;
  esac
}

# Generation, with an artifactId per spec so that one Maven reactor can build them all.
generate_one() {
  local name=$1 out="$work/$1"
  mkdir -p "$out"
  printf 'languages:\n  java:\n    artifactId: %s\n' "${name//_/-}" >"$out/switchboard.yaml"
  /usr/bin/time -f "%e %M" -o "$out/time" \
    java -jar "$sdk_jar" generate "${spec_of[$name]}" --config "$out/switchboard.yaml" -l java -o "$out" \
    >"$out/generate.log" 2>&1
}

printf '%-34s %8s %8s %7s %8s\n' spec "gen s" "peak MB" files MB
declare -a generated
for group in "${groups[@]}"; do
  for name in $(names_in "$group"); do
    if generate_one "$name"; then
      generated+=("$name")
      read -r seconds kb <"$work/$name/time"
      files=$(find "$work/$name/java" -type f | wc -l)
      megabytes=$(du -sm "$work/$name/java" | cut -f1)
      printf '%-34s %8s %8s %7s %8s\n' "$name" "$seconds" $((kb / 1024)) "$files" "$megabytes"
    else
      printf '%-34s generation FAILED: %s\n' "$name" "$(tail -1 "$work/$name/generate.log")"
    fi
  done
done

echo
echo "building ${#generated[@]} SDKs (one reactor, --fail-at-end)..."
start=$SECONDS
build_all "$work" "${generated[@]}"
echo "build: $((SECONDS - start)) s"
built=0
for name in "${generated[@]}"; do
  if compgen -G "$work/$name/java/target/*-javadoc.jar" >/dev/null; then
    built=$((built + 1))
  else
    echo "BUILD FAILED: $name"
    grep -E "\[ERROR\].*$name/java" "$work/build.log" | head -5
  fi
done

echo "google-java-format --dry-run..."
start=$SECONDS
listed=$(find "${generated[@]/#/$work/}" -path '*/src/main/java/*' -name '*.java' >"$work/files.txt";
  java "${gjf_exports[@]}" -cp "$sdk_jar" com.google.googlejavaformat.java.Main --dry-run "@$work/files.txt")
echo "format check: $((SECONDS - start)) s"
formatted=0
for name in "${generated[@]}"; do
  if grep -q "/$name/java/" <<<"$listed"; then
    echo "NOT FORMATTED: $name ($(grep -c "/$name/java/" <<<"$listed") files)"
  else
    formatted=$((formatted + 1))
  fi
done

total=0
for group in "${groups[@]}"; do total=$((total + $(names_in "$group" | wc -l))); done
echo
echo "generated ${#generated[@]}/$total, built (-Werror + javadoc) $built/${#generated[@]}, google-java-format clean $formatted/${#generated[@]}"

if [[ ${COMPARE:-0} == 1 && " ${groups[*]} " == *" github "* ]]; then
  tools="$root/.tools"
  jar="$tools/openapi-generator-cli-7.17.0.jar"
  [[ -f $jar ]] || mvn -q -B dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.17.0 -DoutputDirectory="$tools"
  rm -rf "$work/openapi-generator-github"
  /usr/bin/time -f "%e %M" -o "$work/oag.time" java -jar "$jar" generate -i "${spec_of[github]}" -g java \
    --library native -o "$work/openapi-generator-github" --skip-validate-spec >"$work/oag.log" 2>&1
  read -r seconds kb <"$work/oag.time"
  echo "OpenAPI Generator 7.17.0 java/native on GitHub: ${seconds} s, peak $((kb / 1024)) MB," \
    "$(find "$work/openapi-generator-github" -type f | wc -l) files, $(du -sm "$work/openapi-generator-github" | cut -f1) MB"
  read -r seconds kb <"$work/github/time"
  echo "Switchboard java on GitHub:                  ${seconds} s, peak $((kb / 1024)) MB," \
    "$(find "$work/github/java" -path '*/target' -prune -o -type f -print | wc -l) files," \
    "$(du -sm --exclude=target "$work/github/java" | cut -f1) MB (generated earlier in this run)"
fi

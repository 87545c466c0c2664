#!/usr/bin/env bash
# Generates Python SDKs for every Twilio spec (samples/twilio, 55), GitHub's and Stripe's, and
# checks each with the SDK's own toolchain (languages/python/tests/check-sdk.sh: ruff check, ruff format,
# mypy --strict on 3.11 and 3.9, wheel build), then installs every wheel into one fresh virtualenv and
# imports each package. Also measures generating GitHub's SDK (time, peak memory, output size) next to
# OpenAPI Generator 7.17.0's python generator on the same spec.
#
# Needs languages/python/tests/install.sh; fetches specs with bench/fetch-specs.sh and OpenAPI
# Generator into .tools/ (gitignored). Run it alone: it uses both cores for a long time.
# Usage: bash bench/python-corpus.sh [--skip-openapi-generator]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests="$root/languages/python/tests"
specs="$(bash "$root/bench/fetch-specs.sh")"
work="${PYTHON_CORPUS_WORK:-$(mktemp -d)}"
mkdir -p "$work/sdks" "$work/wheels" "$work/logs"
echo "working in $work"

millis() { date +%s%N | cut -c1-13; }

"$root/switchboard" languages >/dev/null # builds the CLI once, outside the timings
jar="$root/cli/target/switchboard.jar"

inputs=("$root"/samples/twilio/*.json "$specs/github/api.github.com.json" "$specs/apis-guru/stripe.com.json")
generated=0
generation_failed=0
passed=0
failed=0
started=$(millis)
for spec in "${inputs[@]}"; do
  name="$(basename "$spec" .json)"
  begin=$(millis)
  if ! java -jar "$jar" generate "$spec" -l python -o "$work/out/$name" >"$work/logs/$name.generate" 2>&1; then
    echo "$name FAILED generate ($(tail -n 3 "$work/logs/$name.generate" | tr '\n' ' '))"
    generation_failed=$((generation_failed + 1))
    continue
  fi
  generated=$((generated + 1))
  rm -rf "$work/sdks/$name"
  mv "$work/out/$name/python" "$work/sdks/$name"
  echo "$name generated in $(( $(millis) - begin )) ms, $(du -sh "$work/sdks/$name" | cut -f1)"
  if bash "$tests/check-sdk.sh" "$work/sdks/$name" "$work/wheels/$name"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "toolchain: $passed passed, $failed failed, $generation_failed not generated, in $(( ($(millis) - started) / 1000 )) s"

echo "--- install every wheel into a fresh virtualenv and import"
# Several Twilio specs share a package name (twilio_chat v1, v2, v3), so each wheel goes into its own
# target folder on top of one virtualenv that holds the shared dependencies.
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
  -c "$tests/requirements-ci.txt" "$(ls "$work"/wheels/*/*.whl | head -n 1)"
imported=0
import_failed=0
for wheel in "$work"/wheels/*/*.whl; do
  name="$(basename "$(dirname "$wheel")")"
  package="$(python3 -c 'import sys, zipfile; print(next(n.split("/")[0] for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.count("/") == 1 and n.endswith("/__init__.py")))' "$wheel")"
  rm -rf "$work/site/$name"
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --target "$work/site/$name" "$wheel"
  begin=$(millis)
  if (cd "$work" && PYTHONPATH="$work/site/$name" "$work/venv/bin/python" -c \
    "import $package; $package.Client(base_url='http://127.0.0.1:9')") >"$work/logs/$name.import" 2>&1; then
    imported=$((imported + 1))
    echo "$name: $package imported in $(( $(millis) - begin )) ms"
  else
    import_failed=$((import_failed + 1))
    echo "$name: $package FAILED import: $(tail -n 1 "$work/logs/$name.import")"
  fi
done
echo "import: $imported passed, $import_failed failed (wheels that built)"

echo "--- GitHub: Switchboard vs OpenAPI Generator 7.17.0 (python)"
github="$specs/github/api.github.com.json"
measure() { # label, output dir, command...
  local label=$1 out=$2
  shift 2
  rm -rf "$out"
  /usr/bin/time -f "%e s, %M KB peak" -o "$work/time.txt" "$@" >"$work/logs/$label.log" 2>&1
  local status=$?
  echo "$label: exit $status, $(cat "$work/time.txt"), output $(du -sh "$out" 2>/dev/null | cut -f1),"\
    "$(find "$out" -type f 2>/dev/null | wc -l) files"
}
measure switchboard "$work/github-switchboard" java -jar "$jar" generate "$github" -l python -o "$work/github-switchboard"
if [[ ${1:-} != --skip-openapi-generator ]]; then
  tools="$root/.tools/openapi-generator"
  if [[ ! -f $tools/openapi-generator-cli-7.17.0.jar ]]; then
    mkdir -p "$tools"
    (cd "$tools" && mvn -q -B -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.openapitools:openapi-generator-cli:7.17.0 -DoutputDirectory="$tools") || true
  fi
  measure openapi-generator "$work/github-openapi-generator" java -jar "$tools/openapi-generator-cli-7.17.0.jar" \
    generate -i "$github" -g python -o "$work/github-openapi-generator" --skip-validate-spec
  if python3 -m venv "$work/venv-oag" && "$work/venv-oag/bin/pip" install --quiet --disable-pip-version-check \
    "$work/github-openapi-generator" >"$work/logs/oag-install.log" 2>&1; then
    (cd "$work" && "$work/venv-oag/bin/python" -c "import openapi_client" >"$work/logs/oag-import.log" 2>&1) \
      && echo "openapi-generator: package imports" \
      || echo "openapi-generator: import fails: $(tail -n 1 "$work/logs/oag-import.log")"
  else
    echo "openapi-generator: install fails: $(tail -n 1 "$work/logs/oag-install.log")"
  fi
fi

#!/usr/bin/env bash
# Corpus benchmark (not run by ./test: it takes long). For each LANGUAGE, generates the SDK of every
# Twilio spec (samples/twilio, 55), GitHub's and Stripe's (fetched by bench/fetch-specs.sh) with the
# CLI, printing generation time, peak memory, files and size per spec, then checks all of them with
# languages/<language>/tests/check-sdk.sh (the SDK's own toolchain) and prints pass counts per group.
#
#   bash bench/corpus.sh [LANGUAGE...]          python, typescript, java, go (default: all four)
#   CORPUS_SPECS="twilio_api_v2010 github"      only these specs (names without .json; default: all)
#   COMPARE=1                                   also time OpenAPI Generator 7.17.0 on GitHub's spec
#
# Needs each language's tests/install.sh first. Run it alone: it keeps both cores busy.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(python typescript java go)
for language in "${languages[@]}"; do
  [[ -f languages/$language/tests/check-sdk.sh ]] || { echo "unknown language: $language" >&2; exit 2; }
done

declare -A spec_of
for spec in samples/twilio/*.json; do spec_of[$(basename "$spec" .json)]=$spec; done
if [[ -z ${CORPUS_SPECS:-} || " $CORPUS_SPECS " == *" github "* || " $CORPUS_SPECS " == *" stripe "* ]]; then
  specs_dir="$(bash bench/fetch-specs.sh | tail -1)"
  spec_of[github]="$specs_dir/github/api.github.com.json"
  spec_of[stripe]="$specs_dir/apis-guru/stripe.com.json"
fi
if [[ -n ${CORPUS_SPECS:-} ]]; then
  names=($CORPUS_SPECS)
else
  names=($(printf '%s\n' "${!spec_of[@]}" | sort))
fi
for name in "${names[@]}"; do
  [[ -n ${spec_of[$name]:-} ]] || { echo "unknown spec: $name" >&2; exit 2; }
done
./switchboard languages >/dev/null # builds the CLI once, outside the timings
jar="$root/cli/target/switchboard.jar"
read -ra jvm_options <<<"$(grep -v '^#' cli/jvm.config | tr '\n' ' ')" # as the launcher runs the CLI

# Options that keep the SDKs of one run apart: one Maven reactor needs distinct artifactIds. A
# Twilio spec keeps its folder's switchboard.yaml (copied with its overlays, which it names relative
# to itself), the artifactId added.
config_for() { # LANGUAGE NAME OUT
  [[ $1 == java ]] || return 0
  if [[ $2 == twilio_* ]]; then
    cp -r samples/twilio/overlays "$3/"
    cat samples/twilio/switchboard.yaml
  fi
  printf 'languages:\n  java:\n    artifactId: %s\n' "${2//_/-}"
}

for language in "${languages[@]}"; do
  work="$root/languages/$language/target/corpus"
  rm -rf "$work"
  mkdir -p "$work"
  echo "=== $language: ${#names[@]} specs"
  printf '%-34s %8s %8s %7s %8s\n' spec "gen s" "peak MB" files MB
  sdks=()
  not_generated=0
  started=$SECONDS
  for name in "${names[@]}"; do
    out="$work/$name"
    mkdir -p "$out"
    config=()
    if [[ $language == java ]]; then
      config_for "$language" "$name" "$out" >"$out/switchboard.yaml"
      config=(--config "$out/switchboard.yaml")
    fi
    if /usr/bin/time -f "%e %M" -o "$out/time" java "${jvm_options[@]}" -jar "$jar" generate "${spec_of[$name]}" "${config[@]}" \
      -l "$language" -o "$out" >"$out/generate.log" 2>&1; then
      read -r seconds kb <"$out/time"
      printf '%-34s %8s %8s %7s %8s\n' "$name" "$seconds" $((kb / 1024)) \
        "$(find "$out/$language" -type f | wc -l)" "$(du -sm "$out/$language" | cut -f1)"
      sdks+=("$out/$language")
    else
      printf '%-34s generation FAILED: %s\n' "$name" "$(tail -1 "$out/generate.log")"
      not_generated=$((not_generated + 1))
    fi
  done
  generation=$((SECONDS - started))
  started=$SECONDS
  [[ ${#sdks[@]} -gt 0 ]] && bash "languages/$language/tests/check-sdk.sh" "${sdks[@]}" | tee "$work/check.log"
  declare -A group_passed=() group_total=()
  for name in "${names[@]}"; do
    group="${name%%_*}"
    group_total[$group]=$((${group_total[$group]:-0} + 1))
    grep -q "^ok $name\b" "$work/check.log" 2>/dev/null && group_passed[$group]=$((${group_passed[$group]:-0} + 1))
  done
  for group in $(printf '%s\n' "${!group_total[@]}" | sort); do
    echo "$language $group: ${group_passed[$group]:-0} of ${group_total[$group]} passed"
  done
  passed=$(grep -c '^ok ' "$work/check.log" 2>/dev/null)
  echo "corpus $language: generated ${#sdks[@]}/${#names[@]} in $generation s, toolchain $passed passed," \
    "$(( ${#sdks[@]} - passed )) failed in $((SECONDS - started)) s"
  unset group_passed group_total
done

if [[ ${COMPARE:-0} == 1 && -n ${spec_of[github]:-} ]]; then
  tools="$root/.tools"
  oag="$tools/openapi-generator-cli-7.17.0.jar"
  [[ -f $oag ]] || mvn -q -B dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:7.17.0 -DoutputDirectory="$tools"
  for language in "${languages[@]}"; do
    case $language in
      python) generator=(-g python) ;;
      typescript) generator=(-g typescript-fetch) ;;
      java) generator=(-g java --library native) ;;
      go) generator=(-g go) ;;
    esac
    out="$root/languages/$language/target/corpus/openapi-generator-github"
    rm -rf "$out"
    /usr/bin/time -f "%e %M" -o "$out.time" java -jar "$oag" generate -i "${spec_of[github]}" "${generator[@]}" \
      -o "$out" --skip-validate-spec >"$out.log" 2>&1
    read -r seconds kb <"$out.time"
    echo "OpenAPI Generator 7.17.0 ${generator[*]} on GitHub: ${seconds} s, peak $((kb / 1024)) MB," \
      "$(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB"
  done
fi

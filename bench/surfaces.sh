#!/usr/bin/env bash
# Surface agreement on real specs (not run by ./test: it takes long; run.sh checks a subset). For
# each spec (the kitchen sink, all 55 Twilio specs, GitHub's and Stripe's from bench/fetch-specs.sh)
# prints the plan once, then for each LANGUAGE generates the SDK and reads its surface back with the
# language's own toolchain (languages/<language>/tests/surface.sh): the set of operations, method
# names, input wire names, which inputs are required, result shapes and pagination must match the plan.
#
#   bash bench/surfaces.sh [LANGUAGE...]     python, typescript, java, go (default: all four)
#   SURFACE_SPECS="twilio_api_v2010 github"  only these specs (names without .json; default: all)
#
# Needs each language's tests/install.sh first. Prints one line per spec and language (each
# read-back's output is kept in languages/<language>/target/surfaces/<spec>.log) and a closing line
# per language.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(python typescript java go)
for language in "${languages[@]}"; do
  [[ -f languages/$language/tests/surface.sh ]] || { echo "unknown language: $language" >&2; exit 2; }
done

declare -A spec_of
spec_of[kitchen-sink]=samples/kitchen-sink/openapi.yaml
for spec in samples/twilio/*.json; do spec_of[$(basename "$spec" .json)]=$spec; done
if [[ -z ${SURFACE_SPECS:-} || " $SURFACE_SPECS " == *" github "* || " $SURFACE_SPECS " == *" stripe "* ]]; then
  specs_dir="$(bash bench/fetch-specs.sh | tail -1)"
  spec_of[github]="$specs_dir/github/api.github.com.json"
  spec_of[stripe]="$specs_dir/apis-guru/stripe.com.json"
fi
if [[ -n ${SURFACE_SPECS:-} ]]; then
  names=($SURFACE_SPECS)
else
  names=($(printf '%s\n' "${!spec_of[@]}" | sort))
fi
for name in "${names[@]}"; do
  [[ -n ${spec_of[$name]:-} ]] || { echo "unknown spec: $name" >&2; exit 2; }
done
./switchboard languages >/dev/null # builds the CLI once
jar="$root/cli/target/switchboard.jar"
work="$root/target/surfaces"
rm -rf "$work"
mkdir -p "$work"
for language in "${languages[@]}"; do
  rm -rf "languages/$language/target/surfaces"
  mkdir -p "languages/$language/target/surfaces"
done

# Per spec: every language's SDK from one CLI run, then each language's plan and read-back.
# Counts come from surface.sh's closing line: "surface: N operations, M inputs and P paginations read ..., K differ ...".
declare -A operations inputs paginations differences failed
started=$SECONDS
for name in "${names[@]}"; do
  out="$work/$name"
  joined="$(IFS=,; echo "${languages[*]}")"
  if ! java -jar "$jar" generate "${spec_of[$name]}" -l "$joined" -o "$out" >"$out.log" 2>&1; then
    echo "$name: generation FAILED: $(tail -1 "$out.log")"
    for language in "${languages[@]}"; do failed[$language]+=" $name"; done
    continue
  fi
  for language in "${languages[@]}"; do
    log="languages/$language/target/surfaces/$name.log"
    # The plan as this language names it: the tree's methods in its verbs, which the config may rename.
    java -jar "$jar" plan "${spec_of[$name]}" -l "$language" -o "$out.$language.plan.json" >"$log" 2>&1 \
      && bash "languages/$language/tests/surface.sh" "$out.$language.plan.json" "$out/$language" >"$log" 2>&1
    last="$(tail -1 "$log")"
    # TypeScript's and Go's lines also count result types: "M inputs, R result types and P paginations".
    if [[ $last =~ surface:\ ([0-9]+)\ operations,\ ([0-9]+)\ inputs(,\ [0-9]+\ result\ types)?\ and\ ([0-9]+)\ paginations.*\ ([0-9]+)\ differ ]]; then
      operations[$language]=$((${operations[$language]:-0} + BASH_REMATCH[1]))
      inputs[$language]=$((${inputs[$language]:-0} + BASH_REMATCH[2]))
      paginations[$language]=$((${paginations[$language]:-0} + BASH_REMATCH[4]))
      differences[$language]=$((${differences[$language]:-0} + BASH_REMATCH[5]))
      [[ ${BASH_REMATCH[5]} -eq 0 ]] || failed[$language]+=" $name"
      echo "$language $name: $last"
    else
      echo "$language $name: read-back FAILED: $last"
      failed[$language]+=" $name"
    fi
  done
  rm -rf "$out"
done

status=0
for language in "${languages[@]}"; do
  not_agreeing=(${failed[$language]:-})
  echo "surfaces $language: ${#names[@]} specs, ${operations[$language]:-0} operations, ${inputs[$language]:-0} inputs and" \
    "${paginations[$language]:-0} paginations compared, ${differences[$language]:-0} differences," \
    "${#not_agreeing[@]} specs not in agreement${not_agreeing:+ (${not_agreeing[*]})}"
  [[ ${#not_agreeing[@]} -eq 0 ]] || status=1
done
echo "surfaces: $((SECONDS - started)) s"
exit $status

#!/usr/bin/env bash
# Surface agreement on real specs (not run by ./test: it takes long; run.sh checks a subset). For
# each spec (the kitchen sink, all 55 Twilio specs, GitHub's and Stripe's from bench/fetch-specs.sh)
# prints the plan once, then for each LANGUAGE generates the SDK and reads its surface back with the
# language's own toolchain (languages/<language>/tests/surface.sh): the set of operations, method
# names, input wire names, which inputs are required, result shapes and pagination must match the plan.
#
#   bash bench/surfaces.sh [LANGUAGE...]     python, typescript, java (default: all three)
#   SURFACE_SPECS="twilio_api_v2010 github"  only these specs (names without .json; default: all)
#
# Needs each language's tests/install.sh first. Prints one line per spec and language, the
# differences of each failing one into languages/<language>/target/surfaces/<spec>.log, and a
# closing line per language.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(python typescript java)
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
plans="$root/target/surfaces"
rm -rf "$plans"
mkdir -p "$plans"
for name in "${names[@]}"; do
  java -jar "$jar" plan "${spec_of[$name]}" -o "$plans/$name.json" 2>/dev/null \
    || echo "$name: no plan: $(java -jar "$jar" plan "${spec_of[$name]}" -o /dev/null 2>&1 | tail -1)"
done

# Counts from surface.sh's closing line: "surface: N operations, M inputs and P paginations read ..., K differ ...".
status=0
for language in "${languages[@]}"; do
  work="$root/languages/$language/target/surfaces"
  rm -rf "$work"
  mkdir -p "$work"
  operations=0 inputs=0 paginations=0 differences=0 failed=() started=$SECONDS
  for name in "${names[@]}"; do
    [[ -f $plans/$name.json ]] || { failed+=("$name"); continue; }
    out="$work/$name"
    if ! java -jar "$jar" generate "${spec_of[$name]}" -l "$language" -o "$out" >"$out.log" 2>&1; then
      echo "$language $name: generation FAILED: $(tail -1 "$out.log")"
      failed+=("$name")
      continue
    fi
    bash "languages/$language/tests/surface.sh" "$plans/$name.json" "$out/$language" >"$out.log" 2>&1
    last="$(tail -1 "$out.log")"
    if [[ $last =~ surface:\ ([0-9]+)\ operations,\ ([0-9]+)\ inputs\ and\ ([0-9]+)\ paginations.*\ ([0-9]+)\ differ ]]; then
      operations=$((operations + BASH_REMATCH[1]))
      inputs=$((inputs + BASH_REMATCH[2]))
      paginations=$((paginations + BASH_REMATCH[3]))
      differences=$((differences + BASH_REMATCH[4]))
      [[ ${BASH_REMATCH[4]} -eq 0 ]] || failed+=("$name")
      echo "$language $name: $last"
    else
      echo "$language $name: read-back FAILED: $last"
      failed+=("$name")
    fi
    rm -rf "$out"
  done
  echo "surfaces $language: ${#names[@]} specs, $operations operations, $inputs inputs and $paginations paginations compared," \
    "$differences differences, ${#failed[@]} specs not in agreement${failed:+ (${failed[*]})} in $((SECONDS - started)) s"
  [[ ${#failed[@]} -eq 0 ]] || status=1
done
exit $status

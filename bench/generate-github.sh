#!/usr/bin/env bash
# Times the generation of GitHub's REST spec (fetched by bench/fetch-specs.sh) per language: wall
# time, CPU time and peak resident memory (/usr/bin/time -v), so that two builds compare in one run.
# Not run by ./test. Runs alternate between the builds, language by language, so that load from
# other work on the machine falls on both alike. Each build runs with the JVM options its checkout's
# launcher uses (cli/jvm.config, if it has one).
#
#   bash bench/generate-github.sh [--baseline DIR|JAR] [--runs N] [LANGUAGE...]
#     --baseline   another checkout (its cli/target/switchboard.jar, built if missing) or a CLI jar
#     --runs       runs per language and build (default 1); the table shows each run and the median
#     LANGUAGE     python, typescript, java (default: all three)
#   SPEC=path     time another spec instead of GitHub's
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline=""
runs=1
languages=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --baseline) baseline=${2:?--baseline needs a folder or a jar}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) languages+=("$1"); shift ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs must be a positive number, got '$runs'" >&2; exit 2; }
[[ ${#languages[@]} -gt 0 ]] || languages=(python typescript java)
for language in "${languages[@]}"; do
  [[ -d $root/languages/$language ]] || { echo "unknown language: $language" >&2; exit 2; }
done

# jar_of DIR|JAR: the CLI jar of a checkout, built when missing (outside the timings).
jar_of() {
  if [[ -f $1 ]]; then
    echo "$1"
    return
  fi
  [[ -f $1/pom.xml ]] || { echo "not a checkout or a jar: $1" >&2; exit 2; }
  if [[ ! -f $1/cli/target/switchboard.jar ]]; then
    echo "building $1 ..." >&2
    mvn -q -B -ntp -o -f "$1/pom.xml" package -DskipTests >&2
  fi
  echo "$1/cli/target/switchboard.jar"
}

# jvm_options_of JAR: the options in the cli/jvm.config of the checkout the jar was built in.
jvm_options_of() {
  local config
  config="$(dirname "$1")/../jvm.config"
  [[ -f $config ]] && grep -v '^#' "$config" | tr '\n' ' '
  return 0
}

spec=${SPEC:-}
if [[ -z $spec ]]; then
  spec="$(bash "$root/bench/fetch-specs.sh" | tail -1)/github/api.github.com.json"
fi
"$root/switchboard" languages >/dev/null # builds this checkout's CLI once, outside the timings
builds=("this $root/cli/target/switchboard.jar")
[[ -n $baseline ]] && builds=("baseline $(jar_of "$baseline")" "${builds[@]}")

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "spec: $spec ($(du -m "$spec" | cut -f1) MB), $runs run(s) per language and build, $(nproc) cores"
for build in "${builds[@]}"; do
  read -r label jar <<<"$build"
  echo "$label: $jar, JVM options: $(jvm_options_of "$jar")"
done
printf '%-11s %-9s %4s %8s %8s %9s %7s %7s\n' language build run "wall s" "cpu s" "peak MB" files "SDK MB"
declare -A walls=() peaks=()
for language in "${languages[@]}"; do
  for run in $(seq 1 "$runs"); do
    for build in "${builds[@]}"; do
      read -r label jar <<<"$build"
      read -ra options <<<"$(jvm_options_of "$jar")"
      out="$work/$label"
      rm -rf "$out"
      if ! /usr/bin/time -v -o "$work/time" java "${options[@]}" -jar "$jar" generate "$spec" -l "$language" -o "$out" \
        >"$work/log" 2>&1; then
        echo "$language $label: generation FAILED: $(grep -v '^\s' "$work/log" | tail -1)" >&2
        exit 1
      fi
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$work/time")
      cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$work/time")
      peak=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time")
      printf '%-11s %-9s %4s %8s %8s %9s %7s %7s\n' "$language" "$label" "$run" "$wall" "$cpu" "$peak" \
        "$(find "$out/$language" -type f | wc -l)" "$(du -sm "$out/$language" | cut -f1)"
      walls[$language $label]+="$wall "
      peaks[$language $label]+="$peak "
    done
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "--- median per language and build"
for language in "${languages[@]}"; do
  line="$language:"
  for build in "${builds[@]}"; do
    read -r label _ <<<"$build"
    line+=" $label $(median <<<"${walls[$language $label]}") s, $(median <<<"${peaks[$language $label]}") MB;"
  done
  echo "${line%;}"
done

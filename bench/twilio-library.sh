#!/usr/bin/env bash
# Twilio's helper libraries from all 55 specs (not run by ./test: it takes long). One cold
# `switchboard generate samples/twilio` writes one library per language; its wall time and peak
# memory are printed, then each library goes through its language's strictest checks
# (languages/<language>/tests/check-sdk.sh: Python ruff, mypy --strict, wheel and import; TypeScript
# tsc strict, prettier, build; Java javac -Xlint:all -Werror, javadoc, jar; Go gofmt, vet, staticcheck,
# build, test).
#
#   bash bench/twilio-library.sh [LANGUAGE...]    python, typescript, java, go (default: all four)
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
./switchboard languages >/dev/null # builds the CLI once, outside the timing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

list="$(IFS=,; echo "${languages[*]}")"
echo "=== one cold run: switchboard generate samples/twilio -l $list"
/usr/bin/time -f '%e %M' -o "$work/time" ./switchboard generate samples/twilio -l "$list" -o "$work/out" -q \
  >"$work/generate.log" 2>"$work/warnings.log"
status=$?
read -r seconds kilobytes <"$work/time"
cat "$work/generate.log"
echo "generate: exit $status, $seconds s wall, $((kilobytes / 1024)) MB peak RSS, $(grep -c 'warning:' "$work/warnings.log") warnings"
[[ $status == 0 ]] || { tail -20 "$work/warnings.log"; exit 1; }

failed=0
for language in "${languages[@]}"; do
  sdk="$work/out/$language"
  echo "=== $language: $(find "$sdk" -type f | wc -l) files, $(du -sm "$sdk" | cut -f1) MB"
  started=$SECONDS
  if bash "languages/$language/tests/check-sdk.sh" "$sdk" >"$work/$language.log" 2>&1; then
    echo "$language: strict checks passed in $((SECONDS - started)) s"
  else
    tail -30 "$work/$language.log"
    echo "$language: strict checks FAILED after $((SECONDS - started)) s"
    failed=1
  fi
done
exit $failed

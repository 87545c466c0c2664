#!/usr/bin/env bash
# Times `switchboard ir` on GitHub's spec against a bare swagger-parser parse of the same file, with
# the same JVM and flags, alternating runs so machine noise hits both. Reports medians, their ratio and
# peak memory (max RSS); then the same phases warm, in one JVM (bench/src/Phases.java).
# Usage: bench/ir-vs-parse.sh [SPEC] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec="${1:-$(bash "$root/bench/fetch-specs.sh")/github/api.github.com.json}"
runs="${2:-5}"
jar="$root/cli/target/switchboard.jar"
[[ -f $jar ]] || mvn -q -B -f "$root/pom.xml" package -DskipTests
flags=(-Xmx1g -XX:+UseParallelGC)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$jar" "$root/bench/src/ParseOnly.java" "$root/bench/src/Phases.java"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr"; exit 1; }
  echo "$label $(cat "$work/time")" >> "$work/samples"
}
for ((i = 0; i < runs; i++)); do
  measure parse java "${flags[@]}" -cp "$work:$jar" ParseOnly "$spec"
  measure ir java "${flags[@]}" -jar "$jar" ir "$spec"
done
python3 - "$work/samples" "$spec" <<'PY'
import statistics, sys
samples = {}
for line in open(sys.argv[1]):
    label, seconds, kb = line.split()
    samples.setdefault(label, []).append((float(seconds), int(kb)))
parse = statistics.median(s for s, _ in samples["parse"])
ir = statistics.median(s for s, _ in samples["ir"])
print(f"spec: {sys.argv[2]}")
for label in ("parse", "ir"):
    times = sorted(s for s, _ in samples[label])
    peak = max(kb for _, kb in samples[label]) / 1024
    print(f"{label:6s} median {statistics.median(times):6.2f} s  (min {times[0]:.2f}, max {times[-1]:.2f})  peak RSS {peak:7.1f} MiB")
print(f"ir / parse = {ir / parse:.3f}  (lowering and JSON output add {100 * (ir / parse - 1):+.1f}%)")
PY
java "${flags[@]}" -cp "$work:$jar" Phases "$spec" $((runs * 2))

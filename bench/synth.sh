#!/usr/bin/env bash
# Synth-speed benchmark: wall seconds and peak memory (RSS) of validate and synth, and the hand-written CDK
# peer (../shared/bench/handwritten-cdk) on the same six regions, runs alternated. Prints a table.
# Usage: bench/synth.sh [RUNS]   (default 3; medians are reported)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
shared="$here/../shared/bench"
work="$here/bench/out"
mkdir -p "$work"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 JSII_DEPRECATED=quiet

jar="$here/app/target/regionstack-all.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -B package -DskipTests)
peer="$shared/handwritten-cdk"
if [ ! -f "$peer/target/platform-0.1.0.jar" ]; then
  (cd "$peer" && mvn -q -B package dependency:copy-dependencies -DincludeScope=runtime -DskipTests)
fi

# measure NAME CMD...: runs CMD once, appends "NAME seconds maxrss_mib" to $work/raw.txt
measure() {
  local name="$1"; shift
  local t="$work/time.txt"
  /usr/bin/time -f "%e %M" -o "$t" "$@" > "$work/$name.log" 2>&1 || { echo "FAILED: $name (see $work/$name.log)"; exit 1; }
  read -r secs kib < "$t"
  echo "$name $secs $((kib / 1024))" >> "$work/raw.txt"
}

rs="$here/regionstack"
: > "$work/raw.txt"
"$here/regionstack" sample-fleet --environments 3 --regions 6 --seed 1 > "$work/fleet-3x6.yaml"
only_key="$("$here/regionstack" plan -f "$work/fleet-3x6.yaml" --output json | grep -m1 -oE '"key" : "[^"]+"' | cut -d'"' -f4)"

for i in $(seq "$runs"); do
  measure validate "$rs" validate -f "$here/fleet.yaml"
  measure synth-example "$rs" synth -f "$here/fleet.yaml" -o "$work/cdk.out.example"
  # alternate regionstack and the peer on the same six regions
  measure six-regions-regionstack "$rs" synth -f "$shared/six-regions.yaml" -o "$work/cdk.out.six"
  measure six-regions-handwritten env REGION_COUNT=6 java -cp "$peer/target/platform-0.1.0.jar:$peer/target/dependency/*" com.example.platform.Main
  measure synth-3x6 "$rs" synth -f "$work/fleet-3x6.yaml" -o "$work/cdk.out.3x6"
  measure synth-only-one "$rs" synth -f "$work/fleet-3x6.yaml" --only "$only_key" -o "$work/cdk.out.only"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stat() { grep "^$1 " "$work/raw.txt" | awk -v c="$2" '{print $c}' | median; }

printf '%-28s %10s %12s\n' "benchmark (median of $runs)" "seconds" "peak MiB"
for n in validate synth-example six-regions-regionstack six-regions-handwritten synth-3x6 synth-only-one; do
  printf '%-28s %10s %12s\n' "$n" "$(stat "$n" 2)" "$(stat "$n" 3)"
done
# the deploy simulation's own time, as every synth prints it (`verify: ... (0.11 s)`), against the whole synth
verify_secs() { grep -E '^verify: ' "$work/$1.log" | grep -oE '[0-9.]+ s\)$' | tr -d ' s)'; }
for n in synth-example synth-3x6; do
  awk -v v="$(verify_secs "$n")" -v t="$(stat "$n" 2)" -v n="$n" \
    'BEGIN {printf "verify inside %s (last run): %.2f s, %.1f %% of the median synth\n", n, v, 100 * v / t}'
done
stacks_3x6="$(grep -oE '^[0-9]+ stacks' "$work/synth-3x6.log" | cut -d' ' -f1)"
deps_3x6=18
awk -v a="$(stat six-regions-regionstack 2)" -v b="$(stat six-regions-handwritten 2)" \
  'BEGIN {printf "six-regions ratio regionstack/handwritten: %.2f\n", a/b}'
awk -v full="$(stat synth-3x6 2)" -v one="$(stat synth-only-one 2)" -v n="$deps_3x6" -v s="$stacks_3x6" \
  'BEGIN {printf "synth --only one deployment / full 3x6 (%d stacks): %.2f\n", s, one/full;
          printf "cost of each added deployment: %.2f s\n", (full-one)/(n-1)}'

#!/usr/bin/env bash
# Synth-speed benchmark: wall seconds and peak memory (RSS) of validate and synth, and the hand-written CDK
# peer (../shared/bench/handwritten-cdk) on the same six regions, runs alternated; the synth cache on a 3 x 6 fleet
# (cold into an empty cache, unchanged, one region's WAF list edited); the largest stack of a 3 x 12 fleet.
# Prints a table. Cold synths run with --no-cache.
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
# the edit: the first region-level WAF list of the file (dev's eu-central-1 for seed 1) gains a country
sed '0,/^        waf: {blockedCountries: \[KP\]}/s//        waf: {blockedCountries: [KP, CN]}/' "$work/fleet-3x6.yaml" > "$work/fleet-3x6-edit.yaml"
cmp -s "$work/fleet-3x6.yaml" "$work/fleet-3x6-edit.yaml" && { echo "FAILED: the edit found no region-level WAF list"; exit 1; }
only_key="$("$here/regionstack" plan -f "$work/fleet-3x6.yaml" --output json | grep -m1 -oE '"key" : "[^"]+"' | cut -d'"' -f4)"

for i in $(seq "$runs"); do
  measure validate "$rs" validate -f "$here/fleet.yaml"
  measure synth-example "$rs" synth --no-cache -f "$here/fleet.yaml" -o "$work/cdk.out.example"
  # alternate regionstack and the peer on the same six regions
  measure six-regions-regionstack "$rs" synth --no-cache -f "$shared/six-regions.yaml" -o "$work/cdk.out.six"
  measure six-regions-handwritten env REGION_COUNT=6 java -cp "$peer/target/platform-0.1.0.jar:$peer/target/dependency/*" com.example.platform.Main
  measure synth-3x6 "$rs" synth --no-cache -f "$work/fleet-3x6.yaml" -o "$work/cdk.out.3x6"
  measure synth-only-one "$rs" synth --no-cache -f "$work/fleet-3x6.yaml" --only "$only_key" -o "$work/cdk.out.only"
  # the synth cache: an empty one filled by a cold synth, then the same fleet again, then one region's WAF list edited
  rm -rf "$work/cache" "$work/cdk.out.cached"
  measure cache-3x6-cold env REGIONSTACK_CACHE_DIR="$work/cache" "$rs" synth -f "$work/fleet-3x6.yaml" -o "$work/cdk.out.cached"
  measure cache-3x6-unchanged env REGIONSTACK_CACHE_DIR="$work/cache" "$rs" synth -f "$work/fleet-3x6.yaml" -o "$work/cdk.out.cached"
  measure cache-3x6-one-region-edit env REGIONSTACK_CACHE_DIR="$work/cache" "$rs" synth -f "$work/fleet-3x6-edit.yaml" -o "$work/cdk.out.cached"
done
# the cached assembly of the edited fleet is a cold synth's, byte for byte
"$rs" synth --no-cache -f "$work/fleet-3x6-edit.yaml" -o "$work/cdk.out.edit-cold" > "$work/edit-cold.log" 2>&1
diff -r "$work/cdk.out.cached" "$work/cdk.out.edit-cold" > /dev/null || { echo "FAILED: cached and cold assemblies of the edited fleet differ"; exit 1; }
# where a six-regions synth's time goes, once (REGIONSTACK_PROFILE=1: each phase's wall time)
REGIONSTACK_PROFILE=1 "$rs" synth --no-cache -f "$shared/six-regions.yaml" -o "$work/cdk.out.six" > "$work/profile-six.log" 2>&1
# the largest stack of a 3 x 12 fleet, once
"$here/regionstack" sample-fleet --environments 3 --regions 12 --seed 1 > "$work/fleet-3x12.yaml"
measure synth-3x12 "$rs" synth --no-cache -f "$work/fleet-3x12.yaml" -o "$work/cdk.out.3x12"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
stat() { grep "^$1 " "$work/raw.txt" | awk -v c="$2" '{print $c}' | median; }

printf '%-28s %10s %12s\n' "benchmark (median of $runs)" "seconds" "peak MiB"
for n in validate synth-example six-regions-regionstack six-regions-handwritten synth-3x6 synth-only-one \
    cache-3x6-cold cache-3x6-unchanged cache-3x6-one-region-edit synth-3x12; do
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
awk -v cold="$(stat synth-3x6 2)" -v filled="$(stat cache-3x6-cold 2)" -v same="$(stat cache-3x6-unchanged 2)" -v edit="$(stat cache-3x6-one-region-edit 2)" \
  'BEGIN {printf "synth cache, 3x6: unchanged / cold = %.2f, one-region edit / cold = %.2f, filling an empty cache / cold = %.2f\n",
          same/cold, edit/cold, filled/cold}'
echo "cache-3x6-one-region-edit: $(grep -m1 'cache: reused' "$work/cache-3x6-one-region-edit.log" | sed 's/^ *//')"
echo "six-regions, one run: $(grep -m1 '^profile: synth:' "$work/profile-six.log")"
largest="$(grep -E '^  [a-z0-9-]+ +[0-9]+ resources' "$work/synth-3x12.log" | sort -k2,2n | tail -1)"
by_size="$(grep -E '^  [a-z0-9-]+ +[0-9]+ resources' "$work/synth-3x12.log" | sort -k4,4n | tail -1)"
echo "3x12 ($(grep -oE '^[0-9]+ stacks, [0-9]+ resources' "$work/synth-3x12.log")): most resources:$largest; largest template:$by_size"

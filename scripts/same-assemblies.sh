#!/usr/bin/env bash
# Behaviour-preserving check: synthesizes the example fleet and every test fleet (AssemblyDigests) with the working
# tree and with BASE (a git revision, built in a temporary worktree), and compares every file of every cloud assembly
# by SHA-256. Prints "identical" or the files that differ; exit 0 only when all are byte-identical.
# Usage: scripts/same-assemblies.sh BASE [FLEET ...]        (about 10 minutes on 2 cores for all fleets)
#        scripts/same-assemblies.sh --digests OUT [FLEET ...] (only this tree's digests, into OUT)
#        scripts/same-assemblies.sh --check FILE [FLEET ...]   (this tree against digests written earlier)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 JSII_DEPRECATED=quiet

# digests TREE OUT [FLEET ...]: builds TREE (jar and test classes) and writes its digests to OUT
digests() {
  local tree="$1" out="$2"; shift 2
  (cd "$tree" && mvn -q -B package -DskipTests -Djacoco.skip=true) >&2
  (cd "$tree/app" && java -cp "target/test-classes:target/regionstack-all.jar" dev.regionstack.app.AssemblyDigests "$@") > "$out"
}

if [ "${1:-}" = "--digests" ]; then
  out="$2"; shift 2
  digests "$here" "$out" "$@"
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  file="$2"; shift 2
  now="$(mktemp)"
  digests "$here" "$now" "$@"
  expected="$(mktemp)"
  awk 'NR==FNR {want[$1]=1; next} want[$1]' "$now" "$file" | sort > "$expected"
  sort -o "$now" "$now"
  if diff "$expected" "$now"; then
    echo "identical: $(cut -d' ' -f1 "$now" | sort -u | wc -l) fleets, $(wc -l < "$now") files byte for byte (vs $file)"
    rm -f "$now" "$expected"
  else
    echo "DIFFERENT (vs $file): lines < expected, > this tree"; rm -f "$now" "$expected"; exit 1
  fi
  exit 0
fi
base="${1:?usage: scripts/same-assemblies.sh BASE [FLEET ...]}"; shift
work="$(mktemp -d)"
# beside this checkout, so that the base finds ../shared (the bench fleet) as this tree does
basetree="$(dirname "$here")/.same-assemblies-base.$$"
trap 'git -C "$here" worktree remove --force "$basetree" >/dev/null 2>&1 || true; rm -rf "$work" "$basetree"' EXIT
git -C "$here" worktree add --detach "$basetree" "$base" >/dev/null
# the base may predate the digest program: use this tree's copy (it only reads the test fleets)
cp "$here/app/src/test/java/dev/regionstack/app/AssemblyDigests.java" "$basetree/app/src/test/java/dev/regionstack/app/"
for m in "$here"/tools/*/node_modules; do [ -d "$m" ] && cp -a "$m" "$basetree/tools/$(basename "$(dirname "$m")")/"; done
digests "$basetree" "$work/before.txt" "$@"
digests "$here" "$work/after.txt" "$@"
fleets=$(cut -d' ' -f1 "$work/after.txt" | sort -u | wc -l)
files=$(wc -l < "$work/after.txt")
if diff "$work/before.txt" "$work/after.txt" > "$work/diff.txt"; then
  echo "identical: $fleets fleets, $files files byte for byte ($base vs the working tree)"
else
  echo "DIFFERENT ($base vs the working tree):"
  cat "$work/diff.txt"
  exit 1
fi

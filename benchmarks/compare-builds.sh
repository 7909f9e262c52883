#!/usr/bin/env bash
# Compares the speed of an older revision (A) with the working tree (B), in one JVM, in alternating passes over the
# same pages (org.linesift.bench.CompareBuilds). Usage, from the project root:
#   benchmarks/compare-builds.sh REV [PAGES] [PASSES]
# PAGES defaults to ../shared/corpus/dev.tsv, PASSES to 30. Builds REV in a temporary git worktree (its classes
# and bundled models), the working tree with mvn package, and the benchmarks jar.
set -euo pipefail
cd "$(dirname "$0")/.."
REV="${1:?usage: benchmarks/compare-builds.sh REV [PAGES] [PASSES]}"
PAGES="${2:-../shared/corpus/dev.tsv}"
PASSES="${3:-30}"
[ -f "$PAGES" ] || { echo "no pages file: $PAGES" >&2; exit 2; }
WT="$(mktemp -d)"
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || rm -rf "$WT"' EXIT
git worktree add -f --detach "$WT" "$REV" -q
(cd "$WT" && mvn -q -DskipTests process-classes)
mvn -q install -DskipTests
mvn -q -f benchmarks/pom.xml package
echo "A = $REV ($(git rev-parse --short "$REV")), B = working tree"
java -cp benchmarks/target/benchmarks.jar org.linesift.bench.CompareBuilds "$PAGES" "$PASSES" "$WT/target/classes" target/classes

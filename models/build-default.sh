#!/usr/bin/env bash
# Rebuilds a bundled model from the shared corpus:
#   models/build-default.sh [CORPUS_DIR]          the default (text) model, models/default.lsm
#   models/build-default.sh --html [CORPUS_DIR]   the HTML model, models/html.lsm: the same recipe, but the train
#                                                 pages are cut from their HTML by LineSift's own conversion and
#                                                 keep their markup (links, tag paths, class names)
# CORPUS_DIR defaults to ../shared/corpus. Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
HTML=()
OUT=models/default.lsm
NOTE="default model: models/build-default.sh, seed 1"
if [ "${1:-}" = "--html" ]; then
  HTML=(--html); OUT=models/html.lsm; NOTE="HTML model: models/build-default.sh --html, seed 1"; shift
fi
C="${1:-../shared/corpus}"
JAR=target/linesift-cli.jar
JAVA="java -Xmx12g -Dsmile.data.partition.size=25000"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d "$C/pages" ] || { echo "no corpus at $C" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# 1. Training data (defined once, in models/training-data.sh, for this script and benchmarks/peers/run.sh).
# shellcheck source=training-data.sh
source models/training-data.sh
default_training_data "$C" "$JAR" "$TMP/train.tsv" "$TMP" "${HTML[@]}"

# 2. The model: character LM from the other news prose and headline sets, spam lexicon mined from real spam
#    against that prose (both in models/training-data.sh); two passes, 4 folds grouped by page.
default_model_text_args "$C"
$JAVA -jar "$JAR" train --out "$OUT" --force --seed 1 --lambda 25 --page-lambda 150 --folds 4 --max-iter 200 \
  "${MODEL_TEXT_ARGS[@]}" \
  --note "$NOTE" \
  "$TMP/train.tsv"

# 3. The score on the fixed development set (text). For the HTML model, the score that matters is on the dev
#    pages' HTML: benchmarks/peers/html/run.sh (after mvn package, which bundles the new model).
$JAVA -jar "$JAR" score --model "$OUT" "$C/dev.tsv"

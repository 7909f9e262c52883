#!/usr/bin/env bash
# Rebuilds the bundled HTML model, models/html.lsm, from the shared corpus: the default model's recipe
# (models/training-data.sh, same seed and settings), but the train pages are cut from their HTML by LineSift's
# own conversion and keep their markup, so the model also learns from links, tag paths and class names.
# Usage: models/build-html.sh [CORPUS_DIR]   (default: ../shared/corpus)
# Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
C="${1:-../shared/corpus}"
JAR=target/linesift-cli.jar
JAVA="java -Xmx12g -Dsmile.data.partition.size=25000"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d "$C/pages" ] || { echo "no corpus at $C" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=training-data.sh
source models/training-data.sh
default_training_data "$C" "$JAR" "$TMP/train.tsv" "$TMP" --html
default_model_text_args "$C"
$JAVA -jar "$JAR" train --out models/html.lsm --force --seed 1 --lambda 25 --page-lambda 150 --folds 4 --max-iter 200 \
  "${MODEL_TEXT_ARGS[@]}" \
  --note "HTML model: models/build-html.sh, seed 1" \
  "$TMP/train.tsv"

# The score on the dev pages' HTML (body vs nav, one matcher for every tool): benchmarks/peers/html/run.sh.
# The score on the fixed text development set (the HTML model also reads text):
$JAVA -jar "$JAR" score --model models/html.lsm "$C/dev.tsv"

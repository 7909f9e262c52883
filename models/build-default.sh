#!/usr/bin/env bash
# Rebuilds the bundled default model, models/default.lsm, from the shared corpus.
# Usage: models/build-default.sh [CORPUS_DIR]   (default: ../shared/corpus)
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

# 1. Training data (defined once, in models/training-data.sh, for this script and benchmarks/peers/run.sh).
# shellcheck source=training-data.sh
source models/training-data.sh
default_training_data "$C" "$JAR" "$TMP/train.tsv" "$TMP"

# 2. The model: character LM from the other news prose and headline sets, spam lexicon mined from real spam
#    against that prose (both in models/training-data.sh); two passes, 4 folds grouped by page.
default_model_text_args "$C"
$JAVA -jar "$JAR" train --out models/default.lsm --force --seed 1 --lambda 25 --page-lambda 150 --folds 4 --max-iter 200 \
  "${MODEL_TEXT_ARGS[@]}" \
  --note "default model: models/build-default.sh, seed 1" \
  "$TMP/train.tsv"

# 3. The score on the fixed development set.
$JAVA -jar "$JAR" score --model models/default.lsm "$C/dev.tsv"

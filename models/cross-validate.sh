#!/usr/bin/env bash
# Page-grouped cross-validation of the default model's recipe on its own training data (never on dev).
# Usage: models/cross-validate.sh [CORPUS_DIR] [K] [-- extra train options, e.g. --folds 0 --unlexical-copies]
# Env:   BLOCK_SHARE, PAGE_BLOCK_SHARE, HIT_SHARE_MAX change the training data (models/training-data.sh);
#        CV_TEST_HIT_SHARE_MAX=X scores the folds on the same pages spammed with at most X of their body lines hit;
#        CV_TEST_BRAND_POOL=N scores them on pages whose brands come from pools of up to N (BRAND_POOL for the test).
# Default: K=4 and the options of models/build-default.sh (train's defaults are its --lambda 25 --max-iter 200). Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=training-data.sh
source models/training-data.sh
cv_args "$@"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
default_training_data "$C" "$JAR" "$TMP/train.tsv" "$TMP" 2> "$TMP/synth.log"
TEST=()
if [ "${PAGE_BLOCK_SHARE-$DEFAULT_PAGE_BLOCK_SHARE}" != 0 ] || [ -n "${CV_TEST_HIT_SHARE_MAX:-}" ] || [ -n "${CV_TEST_BRAND_POOL:-}" ]; then
  # blocks inserted into the corpus pages change the lines a fold scores: score the same pages without them
  # (their spam is the same: the blocks draw from their own random stream), so that the figure compares.
  # CV_TEST_HIT_SHARE_MAX=X also fixes the test pages' spam density, so that recipes trained on denser or sparser
  # spam are scored on the same lines.
  HIT_SHARE_MAX="${CV_TEST_HIT_SHARE_MAX:-${HIT_SHARE_MAX-$DEFAULT_HIT_SHARE_MAX}}" BLOCK_SHARE=0 PAGE_BLOCK_SHARE=0 \
    BRAND_POOL="${CV_TEST_BRAND_POOL:-${BRAND_POOL-$DEFAULT_BRAND_POOL}}" \
    default_training_data "$C" "$JAR" "$TMP/test.tsv" "$TMP" 2>> "$TMP/synth.log"
  TEST=(--cv-test "$TMP/test.tsv")
fi
default_model_text_args "$C"
[ ${#EXTRA[@]} -eq 0 ] && EXTRA=(--folds 4)
# the machine-labelled pages (gne-pseudo/, see models/training-data.sh) are trained on in every fold, never scored
java -Xmx12g -Dsmile.data.partition.size=25000 -jar "$JAR" train --cv "$K" --seed 1 --cv-always gne-pseudo/ \
  "${MODEL_TEXT_ARGS[@]}" \
  "${TEST[@]}" "${EXTRA[@]}" "$TMP/train.tsv"

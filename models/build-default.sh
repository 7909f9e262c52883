#!/usr/bin/env bash
# Rebuilds a bundled model from the shared corpus:
#   models/build-default.sh [CORPUS_DIR]          the default (text) model, models/default.lsm: the mean of five
#                                                 models trained on five draws of synthetic data (synth seeds
#                                                 1 to 5), with the page-relative LM, title-context, lead-seam and
#                                                 article-vocabulary features (text and first-pass body), then
#                                                 the context pass (boosted trees for body or nav) trained on a
#                                                 4-fold cross-validation of the same recipe (seed 1)
#   models/build-default.sh --html [CORPUS_DIR]   the HTML model, models/html.lsm: the session-3 recipe, also the
#                                                 mean of synth seeds 1, 2, 3; the train pages are cut from their
#                                                 HTML by LineSift's own conversion and keep their markup (links,
#                                                 tag paths, class names)
# CORPUS_DIR defaults to ../shared/corpus. Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
HTML=()
OUT=models/default.lsm
SEEDS=(1 2 3 4 5)
KIND="default model: models/build-default.sh"
# session 8: --lead-seams --article-vocab --body-vocab, train-page CV 0.7799 against 0.7753 without (models/README.md);
# session 9: the training data also has tables, lists and code inside articles (models/training-data.sh);
# session 10: --templates, train-page CV 0.7895 against 0.7892, one-seed dev 0.7773 against 0.7706 (models/README.md)
FEATURES=(--page-lm --title-context --lead-seams --article-vocab --body-vocab --templates)
# session 21: 2^20 hashed features instead of train's default 2^18 (fewer collisions among the character and word
# n-grams): kept CV folds mean 0.8126 -> 0.8146, pooled 0.8032 -> 0.8059, false spun 998 -> 966 (models/README.md)
TEXT_BITS=(--hash-bits 20)
# page λ 150 (below): session-5 CV on the train pages prefers less (150: 0.7700, 60: 0.7723, 25: 0.7739, 8: 0.7745),
# all of it spun F1 on synth's own spam, while dev's foreign spam prefers 150 (0.7266 against 0.7095 at 25, spun
# precision 0.72 against 0.66); see models/README.md, session 5
if [ "${1:-}" = "--html" ]; then
  HTML=(--html); OUT=models/html.lsm; KIND="HTML model: models/build-default.sh --html"; shift
  FEATURES=()
  TEXT_BITS=()
  SEEDS=(1 2 3)
fi
C="${1:-../shared/corpus}"
# BUILD_SEEDS (environment, space-separated) overrides the synth seeds: BUILD_SEEDS="6 7 8 9 10" builds a second set
# of five, whose mean `linesift average` can take with the first set's (session 23 measured that ten-seed mean)
if [ -n "${BUILD_SEEDS:-}" ]; then
  read -r -a SEEDS <<< "$BUILD_SEEDS"
  [ ${#SEEDS[@]} -gt 0 ] || { echo "BUILD_SEEDS is blank" >&2; exit 2; }
  for S in "${SEEDS[@]}"; do [[ "$S" =~ ^[1-9][0-9]*$ ]] || { echo "BUILD_SEEDS must be positive integers, got '$S'" >&2; exit 2; }; done
  [ "$(printf '%s\n' "${SEEDS[@]}" | sort -u | wc -l)" -eq ${#SEEDS[@]} ] || { echo "BUILD_SEEDS names a seed twice: $BUILD_SEEDS" >&2; exit 2; }
fi
NOTE="$KIND, synth seeds ${SEEDS[*]} averaged"
JAR=target/linesift-cli.jar
JAVA="java -Xmx12g -Dsmile.data.partition.size=25000"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d "$C/pages" ] || { echo "no corpus at $C" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# shellcheck source=training-data.sh
source models/training-data.sh
default_model_text_args "$C"
# JOBS (environment, default 1): how many seeds are built at once. Each seed's training uses about 1.3 cores and
# 3 GB, so JOBS=2 on a 2-core machine takes about two thirds of the time; each seed's data and model are made by
# the same commands either way.
JOBS="${JOBS:-1}"
[[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || { echo "JOBS must be a positive integer, got '$JOBS'" >&2; exit 2; }
build_seed() {
  local SEED="$1" M="$2"
  # 1. Training data (defined once, in models/training-data.sh, for this script and benchmarks/peers/run.sh), in a
  #    work directory of the seed's own, so that seeds can run side by side.
  mkdir -p "$TMP/work-$SEED"
  SYNTH_SEED="$SEED" default_training_data "$C" "$JAR" "$TMP/train-$SEED.tsv" "$TMP/work-$SEED" "${HTML[@]}"
  # 2. The model: character LM from the other news prose and headline sets, spam lexicon mined from real spam
  #    against that prose (both in models/training-data.sh); two passes, 4 folds grouped by page.
  $JAVA -jar "$JAR" train --out "$M" --force --seed 1 --lambda 25 --page-lambda 150 --folds 4 \
    --max-iter 200 "${TEXT_BITS[@]}" "${FEATURES[@]}" "${MODEL_TEXT_ARGS[@]}" \
    --note "$NOTE" \
    "$TMP/train-$SEED.tsv"
}
MODELS=()
PIDS=()
for SEED in "${SEEDS[@]}"; do
  # one seed trains straight into OUT (written atomically); several go through temporary files
  M="$OUT"; [ ${#SEEDS[@]} -gt 1 ] && M="$TMP/seed-$SEED.lsm"
  MODELS+=("$M")
  if [ "$JOBS" -eq 1 ]; then build_seed "$SEED" "$M"; continue; fi
  build_seed "$SEED" "$M" > "$TMP/seed-$SEED.log" 2>&1 &
  PIDS+=($!)
  if [ ${#PIDS[@]} -ge "$JOBS" ]; then
    wait "${PIDS[0]}" || { echo "a seed's build failed:" >&2; cat "$TMP"/seed-*.log >&2; exit 1; }
    PIDS=("${PIDS[@]:1}")
  fi
done
for P in "${PIDS[@]}"; do wait "$P" || { echo "a seed's build failed:" >&2; cat "$TMP"/seed-*.log >&2; exit 1; }; done
# 3. Several seeds are averaged (linesift average: the mean of their weights).
[ ${#SEEDS[@]} -gt 1 ] && $JAVA -jar "$JAR" average --force --out "$OUT" --note "$NOTE" "${MODELS[@]}"

# 4. The context pass (text model only): boosted trees that choose body or nav from what the passes decided for the
#    whole page, trained on pages no model saw: a 4-fold page-grouped cross-validation of the same recipe (synth
#    seed 1) keeps each fold's model and held-out real pages (train --cv-models), and `linesift context-pass`
#    fits the trees to those models' labels of their own held-out pages (session 31, models/README.md). About 25
#    minutes more. CONTEXT_FOLDS=DIR uses the folds of an earlier run of the same command instead.
if [ ${#HTML[@]} -eq 0 ]; then
  FOLDS="${CONTEXT_FOLDS:-}"
  if [ -z "$FOLDS" ]; then
    FOLDS="$TMP/cv-folds"
    models/cross-validate.sh "$C" 4 -- --folds 4 --cv-skip synth- --cv-skip short- "${FEATURES[@]}" \
      --page-lambda 150 "${TEXT_BITS[@]}" --cv-models "$FOLDS" > "$TMP/cv.log" 2>&1 \
      || { echo "the cross-validation for the context pass failed:" >&2; tail -20 "$TMP/cv.log" >&2; exit 1; }
  fi
  # the held-out pages as the folds' models were trained on them, with the tables, lists and code that synth puts
  # into their articles (cross-validate.sh's fold-K.tsv holds them without, for scores that compare across recipes):
  # synth seed 1's training data, which the cross-validation trains on
  CV_DATA="$TMP/train-1.tsv"
  if [ ! -f "$CV_DATA" ]; then
    CV_DATA="$TMP/cv-train.tsv"; mkdir -p "$TMP/work-cv"
    SYNTH_SEED=1 default_training_data "$C" "$JAR" "$CV_DATA" "$TMP/work-cv"
  fi
  $JAVA -jar "$JAR" context-pass --force --model "$OUT" --folds "$FOLDS" --pages "$CV_DATA" --out "$OUT" \
    --note "$NOTE, with a context pass"
fi

# 5. The score on the fixed development set (text). For the HTML model, the score that matters is on the dev
#    pages' HTML: benchmarks/peers/html/run.sh (after mvn package, which bundles the new model).
$JAVA -jar "$JAR" score --model "$OUT" "$C/dev.tsv"

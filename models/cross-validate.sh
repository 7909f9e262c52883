#!/usr/bin/env bash
# Page-grouped cross-validation of the default model's recipe on its own training data (never on dev).
# Usage: models/cross-validate.sh [CORPUS_DIR] [K] [-- extra train options, e.g. --folds 0 --unlexical-copies]
# Default: K=4 and the options of models/build-default.sh. Needs the CLI jar: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
C="${1:-../shared/corpus}"
K="${2:-4}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
JAR=target/linesift-cli.jar
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# shellcheck source=training-data.sh
source models/training-data.sh
default_training_data "$C" "$JAR" "$TMP/train.tsv" "$TMP" 2> "$TMP/synth.log"
EXTRA=("$@")
[ ${#EXTRA[@]} -eq 0 ] && EXTRA=(--folds 4)
java -Xmx12g -Dsmile.data.partition.size=25000 -jar "$JAR" train --cv "$K" --seed 1 --lambda 25 --max-iter 200 \
  --lm-text "$C/raw/news_body/peoples_daily_1998_ner_dev_test_sentences.txt" \
  --lm-text "$C/raw/news_body/icwb2_msr_test.utf8" \
  --lm-text "$C/raw/news_body/icwb2_pku_test.utf8" \
  --lm-text "$C/raw/news_body/msra_ner_test_raw.txt" \
  --lm-text "$C/raw/news_body/sighan2008_sxu_news_2007_SEGMENTED.txt" \
  --lm-text "$C/raw/headlines_nav/thucnews_titles_10class.tsv" \
  --lm-text "$C/raw/headlines_nav/selfmedia_titles_baowen_putong.tsv" \
  --spam-text "$C/raw/spam/laj9_gambling_site_text_lines.txt" \
  --spam-text "$C/raw/spam/github_seo_spam_farm_docs_sample.txt" \
  --spam-text "$C/raw/spam/chinesewebtext_fasttext_dirty_examples.jsonl" \
  "${EXTRA[@]}" "$TMP/train.tsv"

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

# Gambling terms from the public blocklist (only the rows tagged 赌博; the porn and profanity rows are not used).
grep $'^赌博\t' "$C/raw/spam/blocklists/chinesewebtext_gambling_porn_terms.tsv" | cut -f2 > "$TMP/gambling.txt"

# 1. Training data: train-split pages (3 independently spammed copies) plus pages assembled from prose that the
#    language model never sees (THUCNews articles, news2016zh sample, 2019 crawl) and Toutiao headlines.
$JAVA -jar "$JAR" synth --seed 1 --out "$TMP/train.tsv" --copies 3 --spam-share 0.6 --prose-pages 150 \
  --table "$C/raw/spam/blocklists/weiyuanchuang_synonym_table_public_half.txt" \
  --brands "$TMP/gambling.txt" --brands "$C/raw/spam/blocklists/konsheng_Sensitive-lexicon/非法网址.txt" \
  --prose "$C/raw/news_body/thucnews_cnews_articles.tsv" \
  --prose "$C/raw/news_body/albert_zh_news2016zh_sample.txt" \
  --prose "$C/raw/news_body/meowjolan_crawled_news_2019.txt" \
  --headlines "$C/raw/headlines_nav/toutiao_headlines_test_split.tsv" \
  --spam "$C/raw/spam/laj9_gambling_site_text_lines.txt" \
  --weight salad=2 --weight synonym=4 --weight synonym-nav=2.5 --weight brand=4 --weight shred=2.5 \
  --split train "$C/pages/INDEX.tsv"

# 2. The model: character LM from the other news prose and headline sets, two passes, 4 folds.
$JAVA -jar "$JAR" train --out models/default.lsm --force --seed 1 --lambda 25 --folds 4 --max-iter 200 \
  --lm-text "$C/raw/news_body/peoples_daily_1998_ner_dev_test_sentences.txt" \
  --lm-text "$C/raw/news_body/icwb2_msr_test.utf8" \
  --lm-text "$C/raw/news_body/icwb2_pku_test.utf8" \
  --lm-text "$C/raw/news_body/msra_ner_test_raw.txt" \
  --lm-text "$C/raw/news_body/sighan2008_sxu_news_2007_SEGMENTED.txt" \
  --lm-text "$C/raw/headlines_nav/thucnews_titles_10class.tsv" \
  --lm-text "$C/raw/headlines_nav/selfmedia_titles_baowen_putong.tsv" \
  --note "default model: models/build-default.sh, seed 1" \
  "$TMP/train.tsv"

# 3. The score on the fixed development set.
$JAVA -jar "$JAR" score --model models/default.lsm "$C/dev.tsv"

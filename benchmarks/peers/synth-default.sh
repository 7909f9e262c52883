# Sourced by benchmarks/peers/run.sh. Defines synth_default_train, which regenerates the training corpus of the
# bundled default model.
#
# REPLICATED, NOT SHARED: the arguments below are a verbatim copy of step 1 of models/build-default.sh (including
# its gambling-term extraction and its JAVA options). This branch may not edit models/build-default.sh, so the two
# are not yet factored into one file; run.sh checks before every run that the synth block of build-default.sh
# still matches this one (check_synth_in_sync) and stops if it has drifted. When the two are unified, build-default.sh
# should source this file (or a common args file) instead.
#
# Usage: synth_default_train CORPUS_DIR JAR OUT.tsv WORK_DIR    (writes OUT.tsv and OUT.tsv.ops)

synth_default_train() {
  local C="$1" JAR="$2" OUT="$3" TMP="$4"
  local JAVA="java -Xmx12g -Dsmile.data.partition.size=25000"
  # Gambling terms from the public blocklist (only the rows tagged 赌博; the porn and profanity rows are not used).
  grep $'^赌博\t' "$C/raw/spam/blocklists/chinesewebtext_gambling_porn_terms.tsv" | cut -f2 > "$TMP/gambling.txt"
  # --- BEGIN copy of models/build-default.sh step 1 (only --out and --force differ: the output goes to OUT) ---
  $JAVA -jar "$JAR" synth --seed 1 --out "$OUT" --force --copies 3 --spam-share 0.6 --prose-pages 150 \
    --table "$C/raw/spam/blocklists/weiyuanchuang_synonym_table_public_half.txt" \
    --brands "$TMP/gambling.txt" --brands "$C/raw/spam/blocklists/konsheng_Sensitive-lexicon/非法网址.txt" \
    --prose "$C/raw/news_body/thucnews_cnews_articles.tsv" \
    --prose "$C/raw/news_body/albert_zh_news2016zh_sample.txt" \
    --prose "$C/raw/news_body/meowjolan_crawled_news_2019.txt" \
    --headlines "$C/raw/headlines_nav/toutiao_headlines_test_split.tsv" \
    --spam "$C/raw/spam/laj9_gambling_site_text_lines.txt" \
    --weight salad=2 --weight synonym=4 --weight synonym-nav=2.5 --weight brand=4 --weight shred=2.5 \
    --split train "$C/pages/INDEX.tsv"
  # --- END copy ---
}

# Stops (returns 1) unless models/build-default.sh still has the same JAVA options, gambling-term extraction and
# synth arguments as synth_default_train above (whitespace and line continuations ignored; the only allowed
# difference is the output: --out "$TMP/train.tsv" there, --out "$OUT" --force here).
check_synth_in_sync() {
  local build="$1" here="${BASH_SOURCE[0]}"
  _synth_block() {  # $1 file, $2 first-line pattern, $3 last-line pattern
    awk -v a="$2" -v b="$3" 'index($0, a) {on=1} on {print} on && index($0, b) {exit}' "$1" \
      | sed 's/\\$//' | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
  }
  local theirs ours
  theirs="$(_synth_block "$build" '-jar "$JAR" synth' '--split train')"
  ours="$(_synth_block "$here" '-jar "$JAR" synth' '--split train')"
  theirs="${theirs/ --out \"\$TMP\/train.tsv\"/}"
  ours="${ours/ --out \"\$OUT\" --force/}"
  if [ -z "$theirs" ] || [ "$theirs" != "$ours" ]; then
    echo "synth arguments differ from $build:" >&2
    echo "  build-default: $theirs" >&2
    echo "  peers:         $ours" >&2
    return 1
  fi
  local l
  for l in 'JAVA="java -Xmx12g -Dsmile.data.partition.size=25000"' \
           "grep \$'^赌博\\t' \"\$C/raw/spam/blocklists/chinesewebtext_gambling_porn_terms.tsv\" | cut -f2 > \"\$TMP/gambling.txt\""; do
    if ! grep -qF -- "$l" "$build"; then echo "not found in $build any more: $l" >&2; return 1; fi
  done
}

#!/usr/bin/env bash
# Generalisation check of the spam generator (synth): does a model trained on synth's spam detect spinning,
# or only the operators and spinner pairs it saw?
#
# Usage (from the repository root): models/generalisation/run.sh [CORPUS_DIR]   (default: ../shared/corpus)
# Needs the CLI jar (mvn -q -DskipTests package), python3 (table split, JSON) and a JDK 17 `java` (it also runs
# a small single-file Java helper, written to the temp dir, for spinner test sets without Cilin).
# Prints Markdown tables on standard output, progress on standard error. About 15-25 minutes on 2 busy cores.
#
# 1. Held-out operator. For each operator X: train on synth data with every operator but X, then measure spun
#    recall on a test set spammed with X only. The same test sets are scored by a model trained with all
#    operators (the in-distribution reference).
# 2. Held-out spinner pairs. The public half of the 伪原创 table is split by source word into halves A and B.
#    A model trained with table A is tested on synonym/synonym-nav spam made with table A (seen pairs) and with
#    table B (unseen pairs), both as the CLI makes it (Cilin substitutions mixed in) and without Cilin.
#
# Training data = models/training-data.sh's recipe (train split pages, same brands/prose/headlines/filler/weights,
# seed 1), only with the operator list or the table changed. Models are one-pass (--folds 0 --max-iter 150), so
# absolute numbers are below a full default build; the comparisons are what counts.
# Test sets are made from the *dev-split* pages (never trained on), with another seed and --spam-share 1, so
# the clean text of a test page is unseen by every model; seen and held-out models see the same test lines.
# No corpus text is written to the repository: everything goes to a mktemp dir that is deleted on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
C="${1:-../shared/corpus}"
JAR=target/linesift-cli.jar
JAVA="nice -n 10 java -Xmx6g -Dsmile.data.partition.size=25000"
COPIES="${COPIES:-3}"              # synth copies of each train page (training-data.sh uses 3)
PROSE_PAGES="${PROSE_PAGES:-150}"  # pages assembled from prose for training (training-data.sh uses 1,200; 150 keeps this script fast)
TEST_COPIES="${TEST_COPIES:-3}"    # copies of each dev page in a test set (each spammed independently)
OPS="${OPS:-brand brand-title shred synonym synonym-nav stuff salad pinyin mojibake}"
ALL_OPS="brand,brand-title,shred,synonym,synonym-nav,stuff,salad,pinyin,mojibake"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
[ -d "$C/pages" ] || { echo "no corpus at $C" >&2; exit 2; }
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
trap 'echo "run.sh: failed at line $LINENO (exit $?)" >&2' ERR
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

TABLE="$C/raw/spam/blocklists/weiyuanchuang_synonym_table_public_half.txt"
grep $'^赌博\t' "$C/raw/spam/blocklists/chinesewebtext_gambling_porn_terms.tsv" | cut -f2 > "$TMP/gambling.txt"
VOCAB=(--brands "$TMP/gambling.txt" --brands "$C/raw/spam/blocklists/konsheng_Sensitive-lexicon/非法网址.txt"
       --headlines "$C/raw/headlines_nav/toutiao_headlines_test_split.tsv"
       --spam "$C/raw/spam/laj9_gambling_site_text_lines.txt")
PROSE=(--prose "$C/raw/news_body/thucnews_cnews_articles.tsv"
       --prose "$C/raw/news_body/albert_zh_news2016zh_sample.txt"
       --prose "$C/raw/news_body/meowjolan_crawled_news_2019.txt")
WEIGHTS=(--weight salad=2 --weight synonym=4 --weight synonym-nav=2.5 --weight brand=6 --weight shred=2.5)
LM=()
for f in news_body/peoples_daily_1998_ner_dev_test_sentences.txt news_body/icwb2_msr_test.utf8 \
         news_body/icwb2_pku_test.utf8 news_body/msra_ner_test_raw.txt news_body/sighan2008_sxu_news_2007_SEGMENTED.txt \
         headlines_nav/thucnews_titles_10class.tsv headlines_nav/selfmedia_titles_baowen_putong.tsv; do
  LM+=(--lm-text "$C/raw/$f")
done
for f in laj9_gambling_site_text_lines.txt github_seo_spam_farm_docs_sample.txt chinesewebtext_fasttext_dirty_examples.jsonl; do
  LM+=(--spam-text "$C/raw/spam/$f")
done

# train_data OUT TABLE_FILE [OPERATORS]: training-data.sh's synth call with another table and operator list.
train_data() {
  local out="$1" table="$2" ops="${3:-$ALL_OPS}"
  $JAVA -jar "$JAR" synth --seed 1 --out "$out" --force --copies "$COPIES" --spam-share 0.6 --prose-pages "$PROSE_PAGES" \
    --table "$table" "${VOCAB[@]}" "${PROSE[@]}" "${WEIGHTS[@]}" --operators "$ops" \
    --split train "$C/pages/INDEX.tsv" 2>&1 | sed 's/^/    /' >&2
}
# train_model OUT.lsm DATA.tsv
train_model() {
  if ! $JAVA -jar "$JAR" train --out "$1" --force --seed 1 --lambda 25 --folds 0 --max-iter 150 "${LM[@]}" \
      --note "generalisation check" "$2" > "$TMP/train.log" 2>&1; then
    tail -5 "$TMP/train.log" >&2
    return 1
  fi
  grep -E 'line model|done in' "$TMP/train.log" | sed 's/^/    /' >&2
}
# test_data OUT TABLE_FILE OPERATORS SEED: dev pages only, every page spammed, only the given operators.
test_data() {
  $JAVA -jar "$JAR" synth --seed "$4" --out "$1" --force --copies "$TEST_COPIES" --spam-share 1 --prose-pages 0 \
    --table "$2" "${VOCAB[@]}" --operators "$3" --split dev "$C/pages/INDEX.tsv" 2>&1 | sed 's/^/    /' >&2
}
# score MODEL TEST OP [OP2] -> TSV row: spun recall, spun precision, body precision, nav precision,
# false-alarm rate (gold body/nav lines predicted spun), recall of OP, spun support, recall of OP2
score() {
  $JAVA -jar "$JAR" score --json --model "$1" "$2" | python3 -c '
import json, sys
s = json.load(sys.stdin); c = s["classes"]; m = s["confusion"]; by_op = s.get("spun_recall_by_operator", {})
f = lambda x: "n/a" if x is None else "%.3f" % x
clean = sum(c[k]["support"] for k in ("body", "nav"))
fa = (m["body"]["spun"] + m["nav"]["spun"]) / clean if clean else None
print("\t".join([f(c["spun"]["recall"]), f(c["spun"]["precision"]), f(c["body"]["precision"]),
                 f(c["nav"]["precision"]), f(fa), f(by_op.get(sys.argv[1])), str(c["spun"]["support"]),
                 f(by_op.get(sys.argv[2]))]))' "$3" "${4:-none}"
}
col() { cut -f"$2" <<<"$1"; }

# ---------------------------------------------------------------- 1. held-out operator
log "1. all-operator reference model"
train_data "$TMP/all.tsv" "$TABLE"
train_model "$TMP/all.lsm" "$TMP/all.tsv"
declare -A SEEN HELD
for X in $OPS; do
  log "1. operator $X: test set (dev pages, $X only, seed 101)"
  test_data "$TMP/test-$X.tsv" "$TABLE" "$X" 101
  log "1. operator $X: model without $X"
  ops=$(tr ',' '\n' <<<"$ALL_OPS" | grep -vx -- "$X" | paste -sd,)
  train_data "$TMP/no-$X.tsv" "$TABLE" "$ops"
  train_model "$TMP/no-$X.lsm" "$TMP/no-$X.tsv"
  SEEN[$X]=$(score "$TMP/all.lsm" "$TMP/test-$X.tsv" "$X")
  HELD[$X]=$(score "$TMP/no-$X.lsm" "$TMP/test-$X.tsv" "$X")
  rm -f "$TMP/no-$X.tsv" "$TMP/no-$X.tsv.ops" "$TMP/no-$X.lsm"
  log "   seen: ${SEEN[$X]}"
  log "   held: ${HELD[$X]}"
done

# ---------------------------------------------------------------- 2. held-out spinner pairs
log "2. split the spinner table by source word (md5 of the source word, even -> A, odd -> B)"
python3 - "$TABLE" "$TMP/tabA.txt" "$TMP/tabB.txt" <<'EOF' >&2
import hashlib, sys
src, a_out, b_out = sys.argv[1:]
halves = {0: [], 1: []}
for line in open(src, encoding="utf-8"):
    line = line.strip().lstrip("\ufeff")
    if "→" not in line or line.startswith("#"):
        continue
    k, v = line.split("→", 1)
    h = hashlib.md5(k.strip().encode("utf-8")).digest()[0] & 1
    halves[h].append(line)
for h, path in ((0, a_out), (1, b_out)):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(halves[h]) + "\n")
keys = {h: {l.split("→", 1)[0].strip() for l in halves[h]} for h in halves}
vals = {h: {l.split("→", 1)[1].strip() for l in halves[h]} for h in halves}
print("    A: %d pairs, %d source words; B: %d pairs, %d source words" % (len(halves[0]), len(keys[0]), len(halves[1]), len(keys[1])))
print("    B replacement words that are also A replacement words: %.1f%%; B source words that are A replacement words: %.1f%%"
      % (100 * len(vals[1] & vals[0]) / max(1, len(vals[1])), 100 * len(keys[1] & vals[0]) / max(1, len(keys[1]))))
EOF

log "2. model trained with table A (all operators, Cilin on as in the default recipe)"
train_data "$TMP/tabA-train.tsv" "$TMP/tabA.txt"
train_model "$TMP/tabA.lsm" "$TMP/tabA-train.tsv"

# The CLI has no switch to turn Cilin off, so the Cilin-free test sets come from this helper, which runs
# Synth with Options.cilin = false on the (clean) dev pages: every spun line then holds only table pairs.
cat > "$TMP/NoCilinSynth.java" <<'EOF'
import org.linesift.train.Corpus;
import org.linesift.train.Synth;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

public class NoCilinSynth {
    // args: CLEAN_PAGES.tsv TABLE OUT.tsv SEED COPIES OPS
    public static void main(String[] a) throws Exception {
        Synth.Options o = new Synth.Options();
        o.cilin = false;
        o.tables = List.of(Path.of(a[1]));
        o.seed = Long.parseLong(a[3]);
        o.copies = Integer.parseInt(a[4]);
        o.spamShare = 1;
        o.prosePages = 0;
        o.operators = new java.util.LinkedHashSet<>(List.of(a[5].split(",")));
        var out = new Synth(o).generate(Corpus.read(Path.of(a[0])));
        Corpus.write(Path.of(a[2]), out, true);
        var c = Synth.counts(out);
        System.err.println("nocilin synth: " + c.get("lines") + " lines, spun " + c.get("spun") + " (synonym " + c.get("synonym")
                + ", synonym-nav " + c.get("synonym-nav") + ") -> " + a[2]);
    }
}
EOF
$JAVA -jar "$JAR" synth --seed 1 --out "$TMP/dev-clean.tsv" --force --spam-share 0 --prose-pages 0 --split dev "$C/pages/INDEX.tsv" 2>&1 | sed 's/^/    /' >&2
declare -A T2
for h in A B; do
  log "2. synonym test sets with table $h (seed 202)"
  test_data "$TMP/syn-$h-cilin.tsv" "$TMP/tab$h.txt" synonym,synonym-nav 202
  $JAVA -cp "$JAR" "$TMP/NoCilinSynth.java" "$TMP/dev-clean.tsv" "$TMP/tab$h.txt" "$TMP/syn-$h-nocilin.tsv" 202 "$TEST_COPIES" synonym,synonym-nav 2>&1 | sed 's/^/    /' >&2
  for v in cilin nocilin; do
    for m in tabA all; do
      T2[$h-$v-$m]=$(score "$TMP/$m.lsm" "$TMP/syn-$h-$v.tsv" synonym synonym-nav)
      log "   table $h $v, model $m: ${T2[$h-$v-$m]}"
    done
  done
done

# ---------------------------------------------------------------- report
echo "### 1. Held-out operator"
echo
echo "Test set per operator X: dev-split pages x$TEST_COPIES, every page spammed with X only (seed 101)."
echo "'seen' = model trained with all operators; 'held out' = model trained with all operators except X."
echo "FA = share of gold body/nav lines predicted spun (false alarms)."
echo
echo "| operator X | spun lines | spun recall, seen | spun recall, held out | spun precision, seen / held out | body precision, seen / held out | nav precision, seen / held out | FA, seen / held out |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for X in $OPS; do
  s="${SEEN[$X]}"; h="${HELD[$X]}"
  echo "| $X | $(col "$s" 7) | $(col "$s" 1) | $(col "$h" 1) | $(col "$s" 2) / $(col "$h" 2) | $(col "$s" 3) / $(col "$h" 3) | $(col "$s" 4) / $(col "$h" 4) | $(col "$s" 5) / $(col "$h" 5) |"
done
echo
echo "### 2. Held-out spinner pairs"
echo
echo "Model 'table A': trained with spinner half A (Cilin on). Model 'full table': the all-operator model of part 1"
echo "(trained with the whole public half, so both A and B pairs are seen). Test sets: dev-split pages x$TEST_COPIES,"
echo "operators synonym and synonym-nav only (seed 202), made with table A or B; 'CLI' = synth as is (Cilin"
echo "substitutions mixed in), 'no Cilin' = table pairs only."
echo
echo "| test set | spun lines | model | spun recall | synonym recall | synonym-nav recall | spun precision | FA |"
echo "|---|---:|---|---:|---:|---:|---:|---:|"
for v in nocilin cilin; do
  for h in A B; do
    for m in tabA all; do
      r="${T2[$h-$v-$m]}"
      seen=$([ "$h" = A ] || [ "$m" = all ] && echo "seen" || echo "UNSEEN")
      vname=$([ "$v" = cilin ] && echo "CLI (Cilin mixed in)" || echo "no Cilin")
      mname=$([ "$m" = all ] && echo "full table" || echo "table A")
      echo "| table $h, $vname | $(col "$r" 7) | $mname ($seen pairs) | $(col "$r" 1) | $(col "$r" 6) | $(col "$r" 8) | $(col "$r" 2) | $(col "$r" 5) |"
    done
  done
done
log "done"

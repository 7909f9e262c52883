#!/usr/bin/env bash
# Side-by-side accuracy of LineSift, fastText and a length/punctuation rule baseline on the fixed dev set, all
# three scored by ONE script (benchmarks/peers/score.py), plus the throughput of fastText and LineSift.
# Writes benchmarks/peers/RESULTS.md. See benchmarks/peers/README.md for the method.
#
# Usage (from the repo root): benchmarks/peers/run.sh [CORPUS_DIR]     (default: ../shared/corpus)
# Environment: PEERS_WORK=DIR keeps the work files (training data, model_ft.bin, predictions) in DIR instead of
#              a temporary directory that is deleted at the end. Nothing from the corpus goes into the repo.
#              FT_RUNS=N (default 3) trains fastText N times with identical arguments; the first model is the
#              one in the tables, the others only report their macro-F1 (fastText with 2 threads is not
#              bit-reproducible). FT_RUNS=1 skips them.
# Needs: java 17 + the CLI jar (built here with mvn if missing), python3 (standard library only), and Debian's
#        fastText 0.9.2 (installed here with apt-get if missing).
set -euo pipefail
INVOCATION="benchmarks/peers/run.sh${*:+ $*}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
if [ $# -ge 1 ]; then C="$(cd "$1" && pwd)"; else C="$(cd "$ROOT/../shared/corpus" && pwd)"; fi
cd "$ROOT"
P=benchmarks/peers
JAR=target/linesift-cli.jar
FT_RUNS="${FT_RUNS:-3}"   # fastText trainings (identical arguments); runs 2.. only measure run-to-run spread
REPEAT=50   # throughput: the dev lines are repeated this many times (6,924 x 50 = 346,200 lines)
[ -f "$C/dev.tsv" ] && [ -f "$C/pages/INDEX.tsv" ] || { echo "no corpus at $C" >&2; exit 2; }

log() { echo "[peers $(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$2"; }
load() { uptime | sed 's/.*load average: *//'; }

# --- tools ---------------------------------------------------------------------------------------------------
if ! command -v fasttext >/dev/null 2>&1; then
  log "installing Debian's fasttext"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fasttext >/dev/null
fi
FT_VERSION="$(dpkg-query -W -f='${Package} ${Version}' fasttext 2>/dev/null || echo "fasttext (version unknown)")"
if [ ! -f "$JAR" ]; then log "building the CLI jar"; mvn -q -DskipTests package; fi

if [ -n "${PEERS_WORK:-}" ]; then W="$PEERS_WORK"; mkdir -p "$W"
else W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT; fi
log "work dir: $W"

# --- 1. training data: exactly the default model's (same synth command as models/build-default.sh step 1) ----
# shellcheck source=../../models/training-data.sh
source models/training-data.sh
log "synth (default model's training data)"
default_training_data "$C" "$JAR" "$W/train.tsv" "$W" 2> "$W/synth.log"
TRAIN_SHA="$(sha256sum "$W/train.tsv" | cut -c1-16)"
SYNTH_SUMMARY="$(grep '^synth:' "$W/synth.log" | sed 's/ -> .*//' || true)"

# --- 2. fastText: character tokens, word n-grams up to 3 (so character 1..3-grams), trained on that data -------
# -wordNgrams 3: tokens are single characters, so this gives character uni-, bi- and trigrams.
# -dim 16 -epoch 25 -lr 0.5 -minCount 1 -bucket 2000000: small vectors, many passes over 58k lines, keep every
# character, 2M hash buckets for the n-grams. -thread 2 -seed 1: the machine has 2 cores; note that fastText
# trains hogwild-style across threads, so with 2 threads the model is not bit-for-bit reproducible.
FT_ARGS="-wordNgrams 3 -dim 16 -epoch 25 -lr 0.5 -minCount 1 -bucket 2000000 -thread 2 -seed 1"
log "fastText: convert, train, predict"
python3 "$P/ftconvert.py" train "$W/train.tsv" > "$W/train.ft"
python3 "$P/ftconvert.py" text "$C/dev.tsv" > "$W/dev.ft"
t0=$(now)
# shellcheck disable=SC2086
fasttext supervised -input "$W/train.ft" -output "$W/model_ft" $FT_ARGS > "$W/ft_train.log" 2>&1
FT_TRAIN_S=$(secs "$t0" "$(now)")
fasttext predict "$W/model_ft.bin" "$W/dev.ft" | sed 's/^__label__//' > "$W/pred_fasttext.txt"
# Extra trainings with the same arguments, only to show how much the score moves between runs (the table and the
# throughput use the first model, model_ft.bin).
FT_EXTRA_F1=""
for k in $(seq 2 "$FT_RUNS"); do
  # shellcheck disable=SC2086
  fasttext supervised -input "$W/train.ft" -output "$W/model_ft_run$k" $FT_ARGS > "$W/ft_train_run$k.log" 2>&1
  fasttext predict "$W/model_ft_run$k.bin" "$W/dev.ft" | sed 's/^__label__//' > "$W/pred_fasttext_run$k.txt"
  rm -f "$W/model_ft_run$k.bin" "$W/model_ft_run$k.vec"
  python3 "$P/score.py" "$C/dev.tsv" --system "run$k=$W/pred_fasttext_run$k.txt" --json-out "$W/scores_run$k.json" > /dev/null
  FT_EXTRA_F1="$FT_EXTRA_F1 $(python3 -c "import json,sys; print(f\"{json.load(open(sys.argv[1]))['run$k']['macro_f1']:.3f}\")" "$W/scores_run$k.json")"
done

# --- 3. LineSift: the bundled model, `score --json` on dev.tsv; per-line predictions from its --errors file ---
log "LineSift: score --json"
java -jar "$JAR" score --json --errors "$W/ls_errors.tsv" "$C/dev.tsv" > "$W/ls_score.json" 2> "$W/ls_score.log"
python3 "$P/linesift_preds.py" "$C/dev.tsv" "$W/ls_errors.tsv" > "$W/pred_linesift.txt"
LS_LPS="$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['lines_per_second']))" "$W/ls_score.json")"

# --- 4. rules: tuned on the train-split pages only ------------------------------------------------------------
log "rules: tune on train pages, predict dev"
python3 "$P/rules.py" tune "$C" "$W/rules_params.json" > /dev/null
python3 "$P/rules.py" predict "$W/rules_params.json" "$C/dev.tsv" > "$W/pred_rules.txt"
RULES="$(python3 -c "
import json,sys; p=json.load(open(sys.argv[1]))
print(f\"T = {p['T']} characters, D = {p['D']}, smoothing = {p['smoothing']}, window = {p['window']} \"
      f\"(best of {p['grid_size']} combinations on {p['train_pages']} train pages / {p['train_lines']} labelled lines; \"
      f\"train body F1 {p['train_body_f1']}, nav F1 {p['train_nav_f1']})\")" "$W/rules_params.json")"

# --- 5. one scorer for all three ------------------------------------------------------------------------------
log "scoring"
python3 "$P/score.py" "$C/dev.tsv" --ops "$C/dev.tsv.ops" \
  --system "LineSift (bundled model)=$W/pred_linesift.txt" \
  --system "fastText (char 1-3-grams)=$W/pred_fasttext.txt" \
  --system "rules (length + punctuation)=$W/pred_rules.txt" \
  --check "LineSift (bundled model)=$W/ls_score.json" \
  --json-out "$W/scores.json" > "$W/scores.md" || { cat "$W/scores.md" >&2; echo "scoring failed" >&2; exit 3; }

# --- 6. throughput: the dev lines x REPEAT, one run each --------------------------------------------------------
log "throughput (x$REPEAT)"
for _ in $(seq "$REPEAT"); do cat "$W/dev.ft"; done > "$W/big.ft"
N_LINES=$(wc -l < "$W/big.ft")
python3 "$P/ftconvert.py" pages "$C/dev.tsv" "$W/pages"
PAGE_FILES=()
for _ in $(seq "$REPEAT"); do for f in "$W"/pages/*.txt; do PAGE_FILES+=("$f"); done; done
LOAD_BEFORE="$(load)"
t0=$(now)
fasttext predict "$W/model_ft.bin" "$W/big.ft" > "$W/big.ft.pred"
FT_S=$(secs "$t0" "$(now)")
LOAD_MID="$(load)"
t0=$(now)
java -jar "$JAR" classify --format tsv "${PAGE_FILES[@]}" > "$W/big.ls.tsv"
LS_S=$(secs "$t0" "$(now)")
LOAD_AFTER="$(load)"
[ "$(wc -l < "$W/big.ft.pred")" -eq "$N_LINES" ] || { echo "fastText predicted the wrong number of lines" >&2; exit 1; }
[ "$(wc -l < "$W/big.ls.tsv")" -eq "$N_LINES" ] || { echo "LineSift classified the wrong number of lines" >&2; exit 1; }
t0=$(now)
for _ in $(seq "$REPEAT"); do cat "$C/dev.tsv"; done > "$W/big.tsv"
python3 "$P/ftconvert.py" text "$W/big.tsv" > /dev/null
CONV_S=$(secs "$t0" "$(now)")
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):,.0f}')" "$1" "$2"; }

# --- 7. RESULTS.md -------------------------------------------------------------------------------------------
GIT_REV="$(git log -1 --format=%h -- src models pom.xml)$(git diff --quiet HEAD -- src models pom.xml || echo ' (with uncommitted changes in src/models/pom.xml)')"
{
  echo "# LineSift vs peers on dev.tsv"
  echo
  echo "Generated by \`$INVOCATION\` on $(date -u '+%Y-%m-%d %H:%M UTC') (corpus: \`$C\`). Do not edit by hand: rerun the script."
  echo
  echo "- LineSift: code and model as of commit $GIT_REV (last commit touching src/, models/, pom.xml), bundled model \`models/default.lsm\` (sha256 $(sha256sum models/default.lsm | cut -c1-16)…), scored by \`java -jar target/linesift-cli.jar score --json --errors ERRORS dev.tsv\`; its per-line predictions are rebuilt from that run's errors file."
  echo "- fastText: $FT_VERSION (Debian package, binary \`fasttext\`), \`fasttext supervised $FT_ARGS\` (training took ${FT_TRAIN_S} s), each dev line predicted on its own with \`fasttext predict\`. Input: one line per corpus line, characters as space-separated tokens, whitespace dropped; unk lines skipped in training."
  echo "- Training data of fastText = training data of the bundled LineSift model: \`default_training_data\` in models/training-data.sh, shared with models/build-default.sh, train.tsv sha256 ${TRAIN_SHA}…; $SYNTH_SUMMARY."
  if [ -n "$FT_EXTRA_F1" ]; then
    echo "- fastText run-to-run spread: with -thread 2, fastText's training is not bit-for-bit reproducible even with -seed 1. The table is the first model; $((FT_RUNS - 1)) more trainings with identical arguments in this run scored dev macro-F1$FT_EXTRA_F1 (first: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"{[v for k,v in d.items() if k.startswith('fastText')][0]['macro_f1']:.3f}\")" "$W/scores.json"))."
  fi
  echo "- rules: body if a line has at least T non-space characters and a Chinese-punctuation density of at least D, smoothed over neighbouring lines; never spun. Chosen on the train-split pages only: $RULES."
  echo "- Java: $(java -version 2>&1 | head -1); machine: $(nproc) cores, $(uname -m)."
  echo
  echo "## Accuracy on dev.tsv (one scorer for all: benchmarks/peers/score.py)"
  echo
  cat "$W/scores.md"
  echo
  echo "## Throughput (one run each, same machine)"
  echo
  echo "Input: the $(grep -c . "$W/dev.ft") text lines of dev.tsv (unk included) repeated $REPEAT times = $N_LINES lines. Wall-clock time of the whole command, including process start-up and model loading."
  echo
  echo "| system | command | lines | seconds | lines/s |"
  echo "|---|---|---|---|---|"
  echo "| fastText | \`fasttext predict model_ft.bin big.ft\` (pre-tokenised characters, one line at a time) | $N_LINES | $FT_S | $(rate "$N_LINES" "$FT_S") |"
  echo "| LineSift | \`java -jar target/linesift-cli.jar classify --format tsv\` over the 40 dev pages x $REPEAT (2,000 page files, each page classified whole) | $N_LINES | $LS_S | $(rate "$N_LINES" "$LS_S") |"
  echo
  echo "- fastText's time excludes turning text into character tokens; that step (\`ftconvert.py text\`, Python) took $CONV_S s for the same lines."
  echo "- LineSift's own in-process speed from \`score\` on dev.tsv (classification only, no start-up, no I/O): $LS_LPS lines/s."
  echo "- Load average (1, 5, 15 min) before: $LOAD_BEFORE; between the two runs: $LOAD_MID; after: $LOAD_AFTER. Other jobs share the $(nproc) cores, so these are rough single-run numbers."
} > "$P/RESULTS.md"
cat "$P/RESULTS.md"
log "wrote $P/RESULTS.md"

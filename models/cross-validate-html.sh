#!/usr/bin/env bash
# Page-grouped cross-validation of the HTML model's recipe (models/build-default.sh --html), scored the way
# benchmarks/peers/html scores LineSift and its peers, on the TRAIN pages only (never dev):
#   1. the recipe's training data (models/training-data.sh with --html);
#   2. the real train pages are dealt into K folds (seeded); for each fold, a model is trained on the data minus
#      every copy of that fold's pages (the synthetic prose pages stay), with build-default.sh's settings;
#   3. that model classifies the fold's pages from their HTML (decoded once, by benchmarks/peers/html/pages.py);
#   4. benchmarks/peers/html/match.py scores body vs nav on all train pages pooled.
# Usage: models/cross-validate-html.sh [CORPUS_DIR] [K] [-- extra train options]   (default: ../shared/corpus, 4)
# Env:   CV_WORK=DIR keeps the work files, among them DIR/ls.tsv (every held-out line with its probabilities).
#        CV_JOBS=N trains N folds at once (default 2).
#        CV_RECIPE=text cross-validates the default (text) recipe instead, on the same folds and the same HTML lines
#        (the text model then reads the lines without their markup).
# Needs the CLI jar (mvn -q -DskipTests package) and python3. Takes about 4 x 3 minutes of 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=training-data.sh
source models/training-data.sh
cv_args "$@"
H=benchmarks/peers/html
JOBS="${CV_JOBS:-2}"
[ -d "$C/pages" ] || { echo "no corpus at $C" >&2; exit 2; }
if [ -n "${CV_WORK:-}" ]; then W="$CV_WORK"; mkdir -p "$W"; else W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT; fi
W="$(cd "$W" && pwd)"

if [ "${CV_RECIPE:-html}" = text ]; then
  # without the machine-labelled pages: the HTML model that labels them was trained on every fold's pages
  PSEUDO_PAGES=0 default_training_data "$C" "$JAR" "$W/train.tsv" "$W" 2> "$W/synth.log"
else
  default_training_data "$C" "$JAR" "$W/train.tsv" "$W" --html 2> "$W/synth.log"
fi
default_model_text_args "$C"
python3 "$H/pages.py" decode "$C" "$W" train

# Deal the real pages into folds and write each fold's training files (corpus, .ops and .markup filtered alike).
python3 - "$W" "$K" <<'PY'
import os, random, sys
w, k = sys.argv[1], int(sys.argv[2])
def pages(path):
    out, cur = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("# page:"):
            cur = [line.split()[2], []]; out.append(cur)
        if cur is not None: cur[1].append(line)
    return out
have = lambda s: os.path.exists(os.path.join(w, "train.tsv" + s))
corpus, ops, markup = (pages(os.path.join(w, "train.tsv" + s)) if have(s) else None for s in ("", ".ops", ".markup"))
base = lambda pid: pid.split("#")[0]
real = sorted({base(p[0]) for p in corpus if not p[0].startswith("synth-")})
random.Random(1).shuffle(real)
fold = {pid: i % k for i, pid in enumerate(real)}
keys = {r.split("\t")[2]: r.split("\t")[0] for r in open(os.path.join(w, "pages.tsv"), encoding="utf-8").read().splitlines()[1:]}
for f in range(k):
    d = os.path.join(w, f"fold{f}"); os.makedirs(d, exist_ok=True)
    for suffix, src in (("", corpus), (".ops", ops), (".markup", markup)):
        if src is None: continue
        with open(os.path.join(d, "train.tsv" + suffix), "w", encoding="utf-8") as out:
            for pid, lines in src:
                if fold.get(base(pid)) != f: out.writelines(lines)
    with open(os.path.join(d, "pages.txt"), "w") as out:
        for pid in real:
            if fold[pid] == f and pid in keys: out.write(os.path.join(w, "decoded", keys[pid] + ".html") + "\n")
print(f"{len(real)} real pages in {k} folds", file=sys.stderr)
PY

fold_run() {
  local d="$W/fold$1"
  java -Xmx8g -Dsmile.data.partition.size=25000 -jar "$JAR" train --out "$d/model.lsm" --force --seed 1 --lambda 25 \
    --page-lambda 150 --folds 4 --max-iter 200 "${MODEL_TEXT_ARGS[@]}" "${EXTRA[@]}" "$d/train.tsv" > "$d/train.log" 2>&1
  mapfile -t files < "$d/pages.txt"
  java -jar "$JAR" classify --model "$d/model.lsm" --html --format tsv "${files[@]}" > "$d/ls.tsv"
}
pids=()
for ((f = 0; f < K; f++)); do
  fold_run "$f" &
  pids+=("$!")
  if (( (f + 1) % JOBS == 0 || f + 1 == K )); then
    for p in "${pids[@]}"; do wait "$p" || { echo "a fold failed: see $W/fold*/train.log" >&2; exit 1; }; done
    pids=()
  fi
done
cat "$W"/fold*/ls.tsv > "$W/ls.tsv"
python3 "$H/pages.py" linesift-split "$W" "$W/ls.tsv" "$W/lo" 2> /dev/null
python3 "$H/match.py" "$C" "$W/pages.tsv" --tool "LineSift ${CV_RECIPE:-html} recipe, $K-fold CV=$W/lo" --short-rule context \
  --per-page "$W/per_page.tsv"

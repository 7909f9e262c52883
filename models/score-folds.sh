#!/usr/bin/env bash
# Scores the folds kept by a cross-validation run (train --cv K --cv-models DIR, e.g. through
# models/cross-validate.sh ... -- --cv-models DIR) with the CLI jar as it is now: each fold's own model on its own
# held-out pages. Prints each fold's macro-F1, their mean, and the macro-F1 of all held-out lines pooled.
# Use it to try a change to what happens after the model (the page rules, the region pass, thresholds) on pages
# that no model saw in training, without training again: rebuild the jar with the change, run this, compare.
# Usage: models/score-folds.sh DIR [-- extra java options, e.g. -Xmx2g]
# Needs the CLI jar (mvn -q -DskipTests package) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:?usage: models/score-folds.sh DIR [-- java options]}"
shift
[ "${1:-}" = "--" ] && shift
JAR=target/linesift-cli.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q -DskipTests package first" >&2; exit 2; }
[ -f "$DIR/fold-1.lsm" ] || { echo "no $DIR/fold-1.lsm: not a --cv-models directory" >&2; exit 2; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
k=1
while [ -f "$DIR/fold-$k.lsm" ]; do
  [ -f "$DIR/fold-$k.tsv" ] || { echo "$DIR/fold-$k.tsv is missing" >&2; exit 2; }
  java "$@" -jar "$JAR" score --json --model "$DIR/fold-$k.lsm" "$DIR/fold-$k.tsv" > "$OUT/fold-$k.json"
  k=$((k + 1))
done
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
labels = ("body", "nav", "spun")
def macro(conf):
    f = []
    for c in labels:
        tp = conf[c][c]
        fp = sum(conf[g][c] for g in labels if g != c)
        fn = sum(conf[c][p] for p in labels if p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f) / 3, f
pooled = {g: {p: 0 for p in labels} for g in labels}
folds = []
k = 1
while os.path.exists(f"{out}/fold-{k}.json"):
    s = json.load(open(f"{out}/fold-{k}.json"))
    for g in labels:
        for p in labels:
            pooled[g][p] += s["confusion"].get(g, {}).get(p, 0)
    folds.append(s["macro_f1"])
    print(f"fold {k}: macro-F1 {s['macro_f1']:.4f}")
    k += 1
m, f = macro(pooled)
print(f"mean {sum(folds) / len(folds):.4f}; pooled macro-F1 {m:.4f} (body {f[0]:.4f}, nav {f[1]:.4f}, spun {f[2]:.4f})")
tp = pooled["spun"]["spun"]
print(f"pooled spun lines: {tp} caught, {pooled['body']['spun'] + pooled['nav']['spun']} false, "
      f"{pooled['spun']['body'] + pooled['spun']['nav']} missed")
PY

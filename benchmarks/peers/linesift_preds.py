#!/usr/bin/env python3
"""Per-line LineSift predictions on a gold corpus, rebuilt from `linesift score --errors FILE`.

    linesift_preds.py GOLD ERRORS.tsv > PRED

`score` classifies each page whole (unk lines included as context) and writes every misclassified labelled
line to ERRORS.tsv (page, 1-based line within the page, gold, pred, ..., text). Every other labelled line was
predicted as its gold label. So PRED = the prediction of that same `score` run, one label per text line of
GOLD in corpus order (the format score.py reads). Gold unk lines are never scored; they get the placeholder
"nav" here, which score.py ignores. Each error row is checked against GOLD (gold label and text) first.
"""
import sys

from corpus import read_corpus


def main():
    gold_path, errors_path = sys.argv[1], sys.argv[2]
    pages = read_corpus(gold_path)
    by_id = {p["id"]: p for p in pages}
    if len(by_id) != len(pages):
        raise SystemExit(f"{gold_path}: duplicate page ids")
    errors = {}
    with open(errors_path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: k for k, name in enumerate(header)}
        for row in f.read().split("\n"):
            if not row:
                continue
            r = row.split("\t")
            pid, idx, gold, pred, text = r[col["page"]], int(r[col["line"]]), r[col["gold"]], r[col["pred"]], r[col["text"]]
            label, gtext, _ = by_id[pid]["lines"][idx - 1]
            if label != gold or gtext.replace("\r", " ") != text:
                raise SystemExit(f"{errors_path}: row for {pid}:{idx} does not match {gold_path}")
            errors[(pid, idx)] = pred
    out = []
    for p in pages:
        for i, (label, text, op) in enumerate(p["lines"]):
            out.append(errors.get((p["id"], i + 1), label if label is not None else "nav"))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

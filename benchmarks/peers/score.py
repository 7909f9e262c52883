#!/usr/bin/env python3
"""The ONE scorer of the peer comparison: every system is scored by this script, in the same way.

    score.py GOLD [--ops GOLD.ops] --system NAME=PRED ... [--json-out FILE] [--check NAME=LINESIFT_SCORE_JSON]

GOLD is a labelled corpus (dev.tsv). Each PRED file has exactly one predicted label (body, nav or spun) per text
line of GOLD, unk lines included, in corpus order; anything after a tab on a PRED line is ignored.

Metrics, over the lines whose gold label is body, nav or spun (gold unk / ? lines are skipped):
  - per class: precision = tp / predicted, recall = tp / support, F1 = 2tp / (2tp + fp + fn), support;
    precision of a class that was never predicted is undefined (shown as "-"), and its F1 is 0 when it has support;
  - macro-F1: the mean F1 over body, nav and spun;
  - accuracy, and the gold x predicted confusion matrix;
  - spun recall per spam operator: a gold spun line whose op (from GOLD.ops) is X counts toward X.
These are the definitions of LineSift's own `score` command; --check compares our numbers for NAME with the JSON
that `linesift score --json` printed and exits 3 if any differs by more than 0.0001 (rounding of that JSON).

Prints a markdown report on standard output.
"""
import argparse
import json
import sys

from corpus import LABELS, read_corpus, text_lines


def read_preds(path, n):
    with open(path, encoding="utf-8", newline="") as f:
        rows = f.read().split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    if len(rows) != n:
        raise SystemExit(f"{path}: {len(rows)} predictions for {n} text lines")
    preds = []
    for k, r in enumerate(rows):
        lab = r.split("\t", 1)[0].strip()
        if lab.startswith("__label__"):
            lab = lab[len("__label__"):]
        if lab not in LABELS:
            raise SystemExit(f"{path}:{k + 1}: not a label: {lab!r}")
        preds.append(lab)
    return preds


def ratio(a, b):
    return a / b if b else None


def evaluate(lines, preds):
    conf = {g: {p: 0 for p in LABELS} for g in LABELS}
    op_total, op_hit = {}, {}
    for (pid, idx, gold, text, op), pred in zip(lines, preds):
        if gold is None:
            continue
        conf[gold][pred] += 1
        if gold == "spun" and op not in (None, "-"):
            op_total[op] = op_total.get(op, 0) + 1
            op_hit[op] = op_hit.get(op, 0) + (pred == "spun")
    classes = {}
    for c in LABELS:
        tp = conf[c][c]
        support = sum(conf[c].values())
        predicted = sum(conf[g][c] for g in LABELS)
        fp, fn = predicted - tp, support - tp
        f1 = ratio(2 * tp, 2 * tp + fp + fn)
        classes[c] = {"precision": ratio(tp, predicted), "recall": ratio(tp, support),
                      "f1": f1 if f1 is not None else None, "support": support, "predicted": predicted}
    defined = [classes[c]["f1"] for c in LABELS if classes[c]["f1"] is not None]
    n = sum(classes[c]["support"] for c in LABELS)
    return {
        "lines": n,
        "accuracy": ratio(sum(conf[c][c] for c in LABELS), n),
        "macro_f1": sum(defined) / len(defined) if defined else None,
        "classes": classes,
        "confusion": conf,
        "spun_recall_by_operator": {op: {"recall": op_hit[op] / op_total[op], "support": op_total[op]}
                                    for op in sorted(op_total)},
    }


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def check(name, ours, path):
    with open(path, encoding="utf-8") as f:
        theirs = json.load(f)
    pairs = [("macro_f1", ours["macro_f1"], theirs.get("macro_f1")),
             ("accuracy", ours["accuracy"], theirs.get("accuracy")),
             ("lines", ours["lines"], theirs.get("lines"))]
    for c in LABELS:
        for k in ("precision", "recall", "f1", "support"):
            pairs.append((f"{c}.{k}", ours["classes"][c][k], theirs["classes"][c][k]))
    for op, v in ours["spun_recall_by_operator"].items():
        pairs.append((f"op.{op}", v["recall"], theirs.get("spun_recall_by_operator", {}).get(op)))
    bad = [(k, a, b) for k, a, b in pairs
           if (a is None) != (b is None) or (a is not None and abs(a - b) > 1.0001e-4)]
    return bad, len(pairs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--ops")
    ap.add_argument("--system", action="append", required=True, metavar="NAME=PRED")
    ap.add_argument("--json-out")
    ap.add_argument("--check", action="append", default=[], metavar="NAME=JSON")
    a = ap.parse_args()

    lines = text_lines(read_corpus(a.gold, a.ops))
    results = {}
    for s in a.system:
        name, path = s.split("=", 1)
        results[name] = evaluate(lines, read_preds(path, len(lines)))
    names = list(results)

    out = []
    w = out.append
    n = results[names[0]]["lines"]
    w(f"Scored lines: {n} (gold unk lines skipped: {sum(1 for l in lines if l[2] is None)}).\n")
    w("| system | macro-F1 | accuracy | body P | body R | body F1 | nav P | nav R | nav F1 | spun P | spun R | spun F1 |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in names:
        r = results[name]
        cells = [fmt(r["macro_f1"]), fmt(r["accuracy"])]
        for c in LABELS:
            cl = r["classes"][c]
            cells += [fmt(cl["precision"]), fmt(cl["recall"]), fmt(cl["f1"])]
        w(f"| {name} | " + " | ".join(cells) + " |")
    sup = results[names[0]]["classes"]
    w(f"\nSupport (gold lines): body {sup['body']['support']}, nav {sup['nav']['support']}, "
      f"spun {sup['spun']['support']}. Lines predicted per class: "
      + "; ".join(f"{name}: " + ", ".join(f"{c} {results[name]['classes'][c]['predicted']}" for c in LABELS)
                  for name in names) + ".\n")

    ops = sorted({op for r in results.values() for op in r["spun_recall_by_operator"]})
    if ops:
        w("Spun recall per spam operator (a gold spun line made by operator X counts toward X):\n")
        w("| operator | support | " + " | ".join(names) + " |")
        w("|---|---|" + "---|" * len(names))
        for op in ops:
            sup_op = results[names[0]]["spun_recall_by_operator"][op]["support"]
            w(f"| {op} | {sup_op} | " + " | ".join(
                fmt(results[nm]["spun_recall_by_operator"].get(op, {}).get("recall")) for nm in names) + " |")
        w("")

    w("Confusion matrices (rows gold, columns predicted: body / nav / spun):\n")
    w("| system | gold body | gold nav | gold spun |")
    w("|---|---|---|---|")
    for name in names:
        conf = results[name]["confusion"]
        w(f"| {name} | " + " | ".join(" / ".join(str(conf[g][p]) for p in LABELS) for g in LABELS) + " |")
    w("")

    status = 0
    for c in a.check:
        name, path = c.split("=", 1)
        bad, total = check(name, results[name], path)
        if bad:
            status = 3
            w(f"**Cross-check FAILED** for {name}: " + "; ".join(f"{k}: ours {a_} vs score --json {b_}"
                                                               for k, a_, b_ in bad) + "\n")
        else:
            w(f"Cross-check: for {name}, this scorer and `linesift score --json` agree on all {total} numbers "
              "compared (per-class P/R/F1/support, macro-F1, accuracy, line count, per-operator recall), "
              "to the 4 decimals of the JSON.\n")
    print("\n".join(out))
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
    sys.exit(status)


if __name__ == "__main__":
    main()

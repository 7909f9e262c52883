#!/usr/bin/env python3
"""Compares models on one gold file by a page bootstrap of macro-F1 (standard library only).

Usage: models/bootstrap-compare.py GOLD.tsv ERRORS_A.tsv ERRORS_B.tsv [ERRORS_C.tsv ...]

Each ERRORS file is what `linesift score --errors FILE GOLD.tsv` wrote for one model: its misclassified lines, so
every other labelled line counts as right. Prints each model's macro-F1, then for B, C, ... the mean difference
from A over 1,000 resamples of GOLD's pages (seed 1) with its 90 % interval and the share of resamples where it
is above zero. A difference whose interval holds zero is not a difference one odd page could not make.
"""
import collections
import csv
import random
import sys

LABELS = ("body", "nav", "spun")


def gold_pages(path):
    pages, cur = collections.OrderedDict(), None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# page:"):
                cur = line.split()[2]
                pages[cur] = []
            elif line and not line.startswith("#") and cur is not None:
                pages[cur].append(line.split("\t", 1)[0])
    return pages


def errors(path):
    with open(path, encoding="utf-8") as f:
        return {(r["page"], int(r["line"])): r["pred"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def macro_f1(gold, pages, err):
    c = collections.Counter()
    for p in pages:
        for i, g in enumerate(gold[p]):
            if g in LABELS:
                c[(g, err.get((p, i + 1), g))] += 1
    total = 0.0
    for k in LABELS:
        tp = c[(k, k)]
        fp = sum(v for (g, q), v in c.items() if q == k and g != k)
        fn = sum(v for (g, q), v in c.items() if g == k and q != k)
        total += 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return total / len(LABELS)


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    gold = gold_pages(argv[1])
    runs = [errors(p) for p in argv[2:]]
    pages = list(gold)
    for name, e in zip(argv[2:], runs):
        print(f"{name}: macro-F1 {macro_f1(gold, pages, e):.4f}")
    rnd = random.Random(1)
    diffs = [[] for _ in runs]
    for _ in range(1000):
        sample = [rnd.choice(pages) for _ in pages]
        base = macro_f1(gold, sample, runs[0])
        for k in range(1, len(runs)):
            diffs[k].append(macro_f1(gold, sample, runs[k]) - base)
    for k in range(1, len(runs)):
        d = sorted(diffs[k])
        print(f"{argv[k + 2]} - {argv[2]}: mean {sum(d) / len(d):+.4f}, 90% [{d[50]:+.4f}, {d[950]:+.4f}], "
              f"P(>0) {sum(1 for x in d if x > 0) / len(d):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

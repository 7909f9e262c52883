#!/usr/bin/env python3
"""Where LineSift says the spam sits, checked on dev's own spun lines (spam made by a generator we did not write).

`linesift score-spans` applies our synth operators to clean lines; this script instead takes the spun lines of
dev.tsv, finds each one's original in the labelled page it came from (CORPUS/pages/<source>/<id>.lines.tsv), marks
the chars the dev generator changed (outside the longest matching blocks with the original), and compares them with
the spans LineSift reports for the lines it labels spun (`classify --pages --format jsonl`).

It prints, for each span kind, the char precision of its spans over all lines labelled spun (chars of a span on a
clean line, or on a salad or stuffed line, which have no original to compare with, count as false and true
respectively), and, for each dev operator, how many of its lines are labelled spun, how many have a span, and the
char precision and recall of all their spans.

Usage: models/dev-spans.py CORPUS_DIR [JAR] [-- extra classify options, e.g. --model FILE]
Needs python3 (standard library only), java 17 and the CLI jar (default target/linesift-cli.jar).
Nothing from the corpus is written anywhere but a temporary directory.
"""
import collections
import difflib
import json
import os
import subprocess
import sys
import tempfile


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    if not args:
        sys.exit(__doc__.strip().splitlines()[-3])
    corpus = args[0]
    jar = args[1] if len(args) > 1 else "target/linesift-cli.jar"
    dev = os.path.join(corpus, "dev.tsv")
    pages = read_dev(dev, dev + ".ops")
    with tempfile.TemporaryDirectory() as tmp:
        text = os.path.join(tmp, "pages.txt")
        with open(text, "w", encoding="utf-8") as out:
            for pid, lines in pages.items():
                out.write(f"# page: {pid}\n")
                for _, t, _ in lines:
                    out.write(t + "\n")
        run = subprocess.run(["java", "-jar", jar, "classify", "--pages", "--format", "jsonl", *extra, text],
                             capture_output=True, text=True, encoding="utf-8")
        if run.returncode != 0:
            sys.exit(f"classify failed ({run.returncode}): {run.stderr.strip()}")
    predicted = collections.defaultdict(list)
    for row in run.stdout.splitlines():
        r = json.loads(row)
        if r["type"] == "line":
            predicted[r["file"]].append(r)
    kinds = collections.defaultdict(lambda: [0, 0])  # chars in spans, chars the generator changed
    ops = collections.defaultdict(collections.Counter)
    skipped = 0
    for pid, lines in pages.items():
        pred = predicted[pid]
        originals = original_lines(corpus, pid, lines)
        if originals is None or len(pred) != len(lines):
            skipped += 1
            continue
        for k, (gold, t, op) in enumerate(lines):
            r = pred[k]
            if op in ("salad", "stuff"):
                truth = [True] * len(t)
            elif op == "-":
                truth = [False] * len(t)
            else:
                truth = changed(originals[k], t) if originals[k] is not None else None
            marked = [False] * len(t)
            for s in r["spans"]:
                for q in range(s["start"], min(s["end"], len(t))):
                    marked[q] = True
                if truth is not None and r["label"] == "spun":
                    a, b = s["start"], min(s["end"], len(t))
                    kinds[s["kind"]][0] += b - a
                    kinds[s["kind"]][1] += sum(truth[a:b])
            if op in ("-", "salad", "stuff") or truth is None:
                continue
            c = ops[op]
            c["lines"] += 1
            c["spun"] += r["label"] == "spun"
            c["with_span"] += any(marked)
            c["truth"] += sum(truth)
            c["marked"] += sum(marked)
            c["overlap"] += sum(1 for x, y in zip(truth, marked) if x and y)
    print("span kind        chars   precision   (all lines labelled spun)")
    for kind, (chars, true) in sorted(kinds.items()):
        print(f"{kind:15s} {chars:6d}   {ratio(true, chars)}")
    print()
    print("operator       lines   spun   w/ span   char P   char R   (in-place operators; all span kinds)")
    for op, c in sorted(ops.items()):
        print(f"{op:13s} {c['lines']:6d} {c['spun']:6d} {c['with_span']:9d}   {ratio(c['overlap'], c['marked'])}    "
              f"{ratio(c['overlap'], c['truth'])}")
    if skipped:
        print(f"\n{skipped} pages skipped (no labelled page, or the line counts differ)")


def ratio(a, b):
    return f"{a / b:.3f}" if b else "  -  "


def read_dev(path, ops_path):
    """dev.tsv's pages: page id -> [(label, text, operator)] for non-blank lines."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(ops_path, encoding="utf-8") as f:
        ops = f.read().split("\n")
    pages = collections.OrderedDict()
    cur = None
    for i, line in enumerate(lines):
        if line.startswith("# page:"):
            cur = line[len("# page:"):].strip().split(" ")[0]
            pages[cur] = []
            continue
        if "\t" not in line or cur is None:
            continue
        label, text = line.split("\t", 1)
        if text.strip():
            pages[cur].append((label, text, ops[i] if i < len(ops) and ops[i] else "-"))
    return pages


def original_lines(corpus, pid, lines):
    """For each dev line of page pid, its line in the labelled page (None for a line the generator added)."""
    source, _, ident = pid.partition("/")
    path = os.path.join(corpus, "pages", source, ident + ".lines.tsv")
    if not os.path.exists(path):
        # dev.tsv may shorten an id (trafilatura-partial/xinhuanet): the one labelled page whose name starts with it
        folder = os.path.join(corpus, "pages", source)
        names = [n for n in os.listdir(folder) if n.startswith(ident + ".") and n.endswith(".lines.tsv")] \
            if os.path.isdir(folder) else []
        if len(names) != 1:
            return None
        path = os.path.join(folder, names[0])
    with open(path, encoding="utf-8") as f:
        orig = [l.rstrip("\n").split("\t", 1)[1] for l in f if "\t" in l]
    orig = [t for t in orig if t.strip()]
    texts = [t for _, t, _ in lines]
    out = [None] * len(texts)
    blocks = difflib.SequenceMatcher(None, orig, texts, autojunk=False).get_opcodes()
    for tag, a1, a2, b1, b2 in blocks:
        for k in range(b1, b2):
            if tag == "equal":
                out[k] = orig[a1 + k - b1]
            elif tag == "replace":
                out[k] = max(orig[a1:a2], key=lambda o: difflib.SequenceMatcher(None, o, texts[k], autojunk=False).ratio())
    return out


def changed(original, spun):
    """Marks the chars of spun outside the blocks it shares with original."""
    marks = [False] * len(spun)
    for tag, _, _, b1, b2 in difflib.SequenceMatcher(None, original, spun, autojunk=False).get_opcodes():
        if tag != "equal":
            for k in range(b1, b2):
                marks[k] = True
    return marks


if __name__ == "__main__":
    main()

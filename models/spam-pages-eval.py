#!/usr/bin/env python3
"""Writes two labelled pages files for scoring how a model handles pages that are mostly spam (session 24).

Usage: models/spam-pages-eval.py CORPUS_DIR OUT_DIR [FIRST_LINE]

- OUT_DIR/spam-pages.tsv: the lines of raw/spam/laj9_gambling_site_text_lines.txt from FIRST_LINE on (1-based,
  default 801), 26 to a page, every line spun: a gambling site's own pages.
- OUT_DIR/hacked-pages.tsv: the first 12 dev pages without spam (dev.tsv and dev.tsv.ops), every body line
  replaced by one of those lines (spun), the nav lines kept: a hacked news site.

The files hold corpus text: write them outside the repository. For a held-out measurement, train on the lines
before FIRST_LINE only (a corpus directory whose laj9 file is cut there); the bundled model was trained on all of
them, so on it these figures are in-sample for the spam lines.
Then: java -jar target/linesift-cli.jar score --model M OUT_DIR/spam-pages.tsv (and hacked-pages.tsv).
"""
import os
import random
import sys


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    corpus, out = argv[1], argv[2]
    try:
        first = int(argv[3]) if len(argv) == 4 else 801
    except ValueError:
        sys.stderr.write("FIRST_LINE must be an integer, got %r\n" % argv[3])
        return 2
    if first < 1:
        sys.stderr.write("FIRST_LINE must be at least 1, got %d\n" % first)
        return 2
    src = os.path.join(corpus, "raw/spam/laj9_gambling_site_text_lines.txt")
    dev = os.path.join(corpus, "dev.tsv")
    for f in (src, dev, dev + ".ops"):
        if not os.path.isfile(f):
            sys.stderr.write("%s: no such file\n" % f)
            return 2
    with open(src, encoding="utf-8") as f:
        spam = [l.rstrip("\n").replace("\t", " ").strip() for l in f][first - 1:]
    spam = [l for l in spam if l]
    if not spam:
        sys.stderr.write("no spam lines from line %d of %s\n" % (first, src))
        return 2
    os.makedirs(out, exist_ok=True)
    pages_path = os.path.join(out, "spam-pages.tsv")
    with open(pages_path + ".tmp", "w", encoding="utf-8") as f:
        for k in range(0, len(spam), 26):
            f.write("# page: laj9-from-%d-%d\n" % (first, k // 26 + 1))
            for l in spam[k:k + 26]:
                f.write("spun\t%s\n" % l)
    os.replace(pages_path + ".tmp", pages_path)

    with open(dev + ".ops", encoding="utf-8") as f:
        ops = [l.rstrip("\n") for l in f]
    pages, cur = [], None
    with open(dev, encoding="utf-8") as f:
        for i, l in enumerate(f):
            l = l.rstrip("\n")
            if l.startswith("# page:"):
                cur = [l, []]
                pages.append(cur)
            elif cur is not None:
                cur[1].append((l, ops[i] if i < len(ops) else "-"))
    clean = [p for p in pages if all(o in ("-", "") for _, o in p[1])][:12]
    rnd = random.Random(5)
    hacked_path = os.path.join(out, "hacked-pages.tsv")
    with open(hacked_path + ".tmp", "w", encoding="utf-8") as f:
        for head, lines in clean:
            f.write(head.replace("# page: ", "# page: hacked-", 1) + "\n")
            for l, _ in lines:
                label = l.partition("\t")[0]
                f.write("spun\t%s\n" % rnd.choice(spam) if label == "body" else l + "\n")
    os.replace(hacked_path + ".tmp", hacked_path)
    print("%s: %d spam lines; %s: %d pages" % (pages_path, len(spam), hacked_path, len(clean)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

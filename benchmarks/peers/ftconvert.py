#!/usr/bin/env python3
"""Labelled corpus -> fastText text, one line per corpus text line, characters as tokens.

    ftconvert.py train CORPUS > train.ft   # "__label__body c h a r s ..."; unk lines skipped
    ftconvert.py text  CORPUS > input.ft   # "c h a r s ..." for EVERY text line (unk included), in corpus
                                           # order, so that `fasttext predict` gives one label per line
    ftconvert.py pages CORPUS DIR          # writes DIR/NNN.txt, one raw page (its text lines) per file,
                                           # for the LineSift throughput run

Whitespace in the text is dropped (any Unicode space, the ideographic space U+3000 included); every other
character is one token. A line left with no characters becomes the single token <empty>, so that it is still
one fastText line (none in dev.tsv).
"""
import os
import sys

from corpus import read_corpus, text_lines


def tokens(text):
    chars = [c for c in text if not c.isspace()]
    return " ".join(chars) if chars else "<empty>"


def main():
    mode, path = sys.argv[1], sys.argv[2]
    pages = read_corpus(path)
    w = sys.stdout.write
    if mode == "train":
        for _, _, label, text, _ in text_lines(pages):
            if label is not None:
                w(f"__label__{label} {tokens(text)}\n")
    elif mode == "text":
        for _, _, _, text, _ in text_lines(pages):
            w(tokens(text) + "\n")
    elif mode == "pages":
        out_dir = sys.argv[3]
        os.makedirs(out_dir, exist_ok=True)
        for k, p in enumerate(pages):
            with open(os.path.join(out_dir, f"{k + 1:03d}.txt"), "w", encoding="utf-8", newline="") as f:
                f.write("".join(text + "\n" for _, text, _ in p["lines"]))
    else:
        raise SystemExit("mode: train | text | pages")


if __name__ == "__main__":
    main()

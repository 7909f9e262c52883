#!/usr/bin/env python3
"""Rule baseline in the style of boilerpipe's shallow text features and cx-extractor's line blocks.

It looks at two things only: a line's length and its density of Chinese punctuation. It labels body or nav,
never spun.

    rules.py tune CORPUS_DIR PARAMS.json      # grid-search T, D, window, smoothing on the TRAIN-split pages
    rules.py predict PARAMS.json GOLD > PRED  # one label per text line of GOLD (unk lines included), in order

Per line i of a page (unk lines included: they are part of the page):
    n_i = number of non-whitespace characters, p_i = number of them in PUNCT, d_i = p_i / n_i (0 when n_i = 0)
    s_i = 1 when n_i >= T and d_i >= D (a "text-like" line), else 0
Smoothing over neighbouring lines (cx-extractor treats the body as a run of line blocks rather than single lines):
    window 0:     body iff s_i
    "vote", w:    body iff the mean of s over lines i-w .. i+w (clipped to the page) is >= 0.5
    "bridge", w:  body iff s_i, or there is a text-like line within w lines above AND one within w lines below
                  (short lines inside the article, such as sub-headings and captions, join the block)

Tuning: every combination in the grid below is scored on the labelled lines of the pages whose split is
"train" in pages/INDEX.tsv (the dev pages are never read). The objective is the mean F1 of body and nav,
pooled over all those lines (those pages have no spun lines). Ties keep the first combination in grid order.
Standard library only.
"""
import json
import sys

from corpus import read_corpus, read_pages_index

# Full-width Chinese punctuation that marks running prose (sentence and clause marks, quotes, brackets, dashes).
PUNCT = set("，。、；：？！“”‘’（）《》「」『』…—")

T_GRID = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 25, 30, 35, 40, 50, 60, 80, 100]
D_GRID = [0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15]
SMOOTH_GRID = [("none", 0)] + [(m, w) for w in range(1, 6) for m in ("vote", "bridge")]


def features(texts):
    out = []
    for t in texts:
        chars = [c for c in t if not c.isspace()]
        n = len(chars)
        p = sum(1 for c in chars if c in PUNCT)
        out.append((n, p / n if n else 0.0))
    return out


def text_like(feats, T, D):
    return [1 if n >= T and d >= D else 0 for n, d in feats]


def smooth(s, mode, w):
    m = len(s)
    if mode == "none" or w == 0:
        return list(s)
    if mode == "vote":
        pre = [0]
        for v in s:
            pre.append(pre[-1] + v)
        out = []
        for i in range(m):
            lo, hi = max(0, i - w), min(m, i + w + 1)
            out.append(1 if 2 * (pre[hi] - pre[lo]) >= (hi - lo) else 0)
        return out
    if mode == "bridge":
        # distance to the nearest text-like line above and below
        INF = m + w + 1
        up, last = [INF] * m, None
        for i in range(m):
            up[i] = i - last if last is not None else INF
            if s[i]:
                last = i
        down, nxt = [INF] * m, None
        for i in range(m - 1, -1, -1):
            down[i] = nxt - i if nxt is not None else INF
            if s[i]:
                nxt = i
        return [1 if s[i] or (up[i] <= w and down[i] <= w) else 0 for i in range(m)]
    raise ValueError(mode)


def label_page(texts, params):
    s = text_like(features(texts), params["T"], params["D"])
    return ["body" if b else "nav" for b in smooth(s, params["smoothing"], params["window"])]


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else None


def tune(corpus_dir, out_path):
    pages = []
    for pid, path in read_pages_index(corpus_dir, "train"):
        lines = read_corpus(path)[0]["lines"]
        texts = [t for _, t, _ in lines]
        gold = [g for g, _, _ in lines]
        if any(g == "spun" for g in gold):
            raise SystemExit(f"{path}: unexpected spun line in a train page")
        pages.append((features(texts), gold))
    n_lines = sum(1 for _, g in pages for x in g if x is not None)
    best, best_key = None, None
    for T in T_GRID:
        for D in D_GRID:
            s_pages = [(text_like(f, T, D), g) for f, g in pages]
            for mode, w in SMOOTH_GRID:
                tp_b = fp_b = fn_b = 0
                for s, gold in s_pages:
                    for b, g in zip(smooth(s, mode, w), gold):
                        if g is None:
                            continue
                        if b and g == "body":
                            tp_b += 1
                        elif b:
                            fp_b += 1
                        elif g == "body":
                            fn_b += 1
                # binary body/nav: nav's tp/fp/fn follow from body's
                tp_n = n_lines - tp_b - fp_b - fn_b
                fb, fn_ = f1(tp_b, fp_b, fn_b), f1(tp_n, fn_b, fp_b)
                defined = [x for x in (fb, fn_) if x is not None]
                score = sum(defined) / len(defined)
                if best_key is None or score > best_key:
                    best_key = score
                    best = {"T": T, "D": D, "smoothing": mode, "window": w,
                            "train_pages": len(pages), "train_lines": n_lines,
                            "train_body_f1": round(fb or 0.0, 4), "train_nav_f1": round(fn_ or 0.0, 4),
                            "train_objective": round(score, 4),
                            "grid_size": len(T_GRID) * len(D_GRID) * len(SMOOTH_GRID)}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(best, f, indent=1)
    print(json.dumps(best))


def predict(params_path, gold_path):
    with open(params_path, encoding="utf-8") as f:
        params = json.load(f)
    out = []
    for p in read_corpus(gold_path):
        out.extend(label_page([t for _, t, _ in p["lines"]], params))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "tune":
        tune(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "predict":
        predict(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)

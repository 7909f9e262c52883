#!/usr/bin/env python3
"""The one matcher of the HTML peers benchmark: every tool's extracted text is scored by this file alone.

  match.py CORPUS_DIR PAGES_TSV --tool NAME=DIR [--tool NAME=DIR ...] [--short-rule context|equal|inside]
           [--per-page FILE] [--json-out FILE] [--oracles]

PAGES_TSV is WORK/pages.tsv from pages.py. DIR holds the tool's extracted text, DIR/<key>.txt (UTF-8, one line
per extracted line); a page without that file counts as failed, a file with no non-blank line as empty. Both
give an empty extraction: every reference line of that page is predicted nav. DIR/status.tsv (key, state, ms,
message), if present, only supplies messages.

For each dev page, each reference line of <id>.lines.tsv whose gold label is body or nav (unk lines are not
scored) is predicted body iff the tool's extracted text covers it, with the corpus's own rule
(pages/PROVENANCE.md, "How the .lines.tsv labels were made"):

* normalise the reference line and the extracted text: NFKC, lower case, all whitespace removed, curly and
  CJK quotes unified;
* a reference line of >= 10 normalised characters is covered if >= 0.6 of its characters lie in a run of >= 8
  characters (or the whole line) that occurs verbatim in the normalised extracted text (all its lines joined,
  so a run may cross the tool's line breaks, as it may cross the gold's hard wraps in the corpus);
* a shorter line (the default rule, `context`): covered if it equals a normalised extracted line; or if it
  occurs verbatim inside a normalised extracted line AND the reference lines just before and just after it
  are covered (a run of consecutive such short lines is taken as one: it joins when the lines around the run
  are covered). This mirrors the corpus rule for short lines, which needed the line to equal a gold line or to
  sit between BODY lines. `equal` (only the first half) and `inside` (occurs inside any extracted line) are
  there to show how much the choice moves the numbers; README.md says why `context` is the default.

Reported per tool, over all scored reference lines of the pages pooled: body P/R/F1, nav P/R/F1, macro-F1 =
mean of the two F1s, lines predicted body, and pages failed / empty. The per-page TSV has page key, tool,
body P, body R, then body lines, predicted body lines, true positives, page state.

--oracles adds two reference rows that are not tools: the page's own body reference lines as "extracted text"
(the ceiling this matcher allows: below 1 only where a nav line repeats body text), and the corpus gold.txt
(how closely this matcher reproduces the corpus labels from the gold text).
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata

LONG = 10    # normalised characters from which the coverage rule applies
RUN = 8      # minimum length of a verbatim run
COVER = 0.6  # share of characters that must lie in such runs

_WS = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"', "\u301d": '"', "\u301e": '"', "\u301f": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2039": "'", "\u203a": "'",
})

SHORT_RULES = ("context", "equal", "inside")


def norm(s):
    return _WS.sub("", unicodedata.normalize("NFKC", s).lower()).translate(_QUOTES)


class Extracted:
    """A tool's extracted text for one page, normalised, with what the matcher needs to look up quickly."""

    def __init__(self, lines):
        self.lines = [n for n in (norm(l) for l in lines) if n]
        self.text = "".join(self.lines)              # all lines joined: runs may cross line breaks
        self.line_set = set(self.lines)
        self.lines_joined = "\n".join(self.lines)    # '\n' cannot occur in a normalised line
        self.grams = {self.text[i:i + RUN] for i in range(len(self.text) - RUN + 1)}

    def empty(self):
        return not self.lines


def long_coverage(n, ex):
    """Share of the characters of n that lie in a run of >= RUN chars (or all of n) occurring in ex.text."""
    if not ex.text:
        return 0.0
    if n in ex.text:
        return 1.0
    covered = [False] * len(n)
    j = 0  # invariant: n[i:j] occurs in ex.text (the end of the longest match never moves left)
    for i in range(len(n) - RUN + 1):
        if j < i:
            j = i
        if j < i + RUN and n[i:i + RUN] not in ex.grams:
            continue  # no run of RUN chars starts here
        if j < i + RUN:
            j = i + RUN
        while j < len(n) and n[i:j + 1] in ex.text:
            j += 1
        for k in range(i, j):
            covered[k] = True
    return sum(covered) / len(n)


def predict_page(ref, ex, short_rule):
    """ref: list of (label, text). Returns a list of booleans: is the reference line covered (= predicted body)."""
    normed = [norm(t) for _, t in ref]
    covered = [False] * len(ref)
    candidate = [False] * len(ref)  # short, occurs inside an extracted line, not equal to one
    for k, n in enumerate(normed):
        if not n or ex.empty():
            continue
        if len(n) >= LONG:
            covered[k] = long_coverage(n, ex) >= COVER
        elif n in ex.line_set:
            covered[k] = True
        elif n in ex.lines_joined:
            if short_rule == "inside":
                covered[k] = True
            elif short_rule == "context":
                candidate[k] = True
    if short_rule == "context":
        k = 0
        while k < len(ref):
            if not candidate[k]:
                k += 1
                continue
            e = k
            while e < len(ref) and candidate[e]:
                e += 1
            if k > 0 and e < len(ref) and covered[k - 1] and covered[e]:
                for m in range(k, e):
                    covered[m] = True
            k = e
    return covered


def read_ref(corpus, source, pid):
    out = []
    with open(os.path.join(corpus, "pages", source, pid + ".lines.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            label, _, text = line.partition("\t")
            out.append((label.strip().lower(), text))
    return out


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [l.rstrip("\r\n") for l in f]


def read_status(d):
    st = {}
    p = os.path.join(d, "status.tsv")
    if os.path.exists(p):
        for line in read_lines(p):
            c = line.split("\t")
            if len(c) >= 2:
                st[c[0]] = c  # the last line for a key wins (a retry overrides the batch run)
    return st


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return p, r, f


def score(corpus, pages, tools, short_rule):
    """tools: list of (name, getter) where getter(page) -> (lines or None, state). Returns results, per-page rows."""
    refs = {p["key"]: read_ref(corpus, p["source"], p["id"]) for p in pages}
    results, per_page = {}, []
    for name, getter in tools:
        c = dict(btp=0, bfp=0, bfn=0, ntp=0, nfp=0, nfn=0)
        failed, empty, pred_body, lines_scored = [], [], 0, 0
        for p in pages:
            key = p["key"]
            lines, state = getter(p)
            ex = Extracted(lines or [])
            if lines is None:
                failed.append(key)
            elif ex.empty():
                empty.append(key)
                state = "empty"
            ref = refs[key]
            cov = predict_page(ref, ex, short_rule)
            tp = fp = fn = 0
            for (label, _), b in zip(ref, cov):
                if label not in ("body", "nav"):
                    continue
                lines_scored += 1
                pred_body += b
                if label == "body":
                    tp += b
                    fn += not b
                    c["nfp"] += not b   # gold body predicted nav: a false positive for nav
                else:
                    fp += b
                    c["ntp"] += not b
                    c["nfn"] += b       # gold nav predicted body: a false negative for nav
            c["btp"] += tp
            c["bfp"] += fp
            c["bfn"] += fn
            bp = f"{tp / (tp + fp):.4f}" if tp + fp else "-"
            br = f"{tp / (tp + fn):.4f}" if tp + fn else "-"
            per_page.append([key, name, bp, br, str(tp + fn), str(tp + fp), str(tp), state])
        bp, br, bf = prf(c["btp"], c["bfp"], c["bfn"])
        np_, nr, nf = prf(c["ntp"], c["nfp"], c["nfn"])
        results[name] = dict(body_p=bp, body_r=br, body_f1=bf, nav_p=np_, nav_r=nr, nav_f1=nf,
                             macro_f1=(bf + nf) / 2, lines=lines_scored, pred_body=pred_body,
                             body_support=c["btp"] + c["bfn"], nav_support=c["ntp"] + c["nfn"],
                             failed=failed, empty=empty, pages=len(pages))
    return results, per_page


def tool_getter(d):
    status = read_status(d)

    def get(p):
        path = os.path.join(d, p["key"] + ".txt")
        if not os.path.exists(path):
            st = status.get(p["key"])
            return None, ("failed: " + (st[3] if st and len(st) > 3 else "no output")) if st else "failed: no output"
        return read_lines(path), "ok"
    return get


def oracle_getters(corpus):
    def body_lines(p):
        return [t for label, t in read_ref(corpus, p["source"], p["id"]) if label == "body"], "ok"

    def gold(p):
        path = os.path.join(corpus, "pages", p["source"], p["id"] + ".gold.txt")
        return (read_lines(path), "ok") if os.path.exists(path) else (None, "failed: no gold.txt")
    return [("oracle: body reference lines", body_lines), ("oracle: corpus gold.txt", gold)]


def fmt(x):
    return f"{x:.3f}"


def table(results, order):
    out = ["| tool | macro-F1 | body P | body R | body F1 | nav P | nav R | nav F1 | lines predicted body | pages failed / empty |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for name in order:
        r = results[name]
        out.append(f"| {name} | **{fmt(r['macro_f1'])}** | {fmt(r['body_p'])} | {fmt(r['body_r'])} | {fmt(r['body_f1'])} | "
                   f"{fmt(r['nav_p'])} | {fmt(r['nav_r'])} | {fmt(r['nav_f1'])} | {r['pred_body']} | "
                   f"{len(r['failed'])} / {len(r['empty'])} |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("pages_tsv")
    ap.add_argument("--tool", action="append", default=[], metavar="NAME=DIR")
    ap.add_argument("--short-rule", choices=SHORT_RULES, default="context")
    ap.add_argument("--per-page")
    ap.add_argument("--json-out")
    ap.add_argument("--oracles", action="store_true")
    a = ap.parse_args()
    with open(a.pages_tsv, encoding="utf-8", newline="") as f:
        pages = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    tools = []
    for spec in a.tool:
        name, _, d = spec.rpartition("=")
        if not name:
            sys.exit(f"--tool wants NAME=DIR, got {spec!r}")
        tools.append((name, tool_getter(d)))
    if a.oracles:
        tools += oracle_getters(a.corpus)
    order = [n for n, _ in tools]

    results, per_page = score(a.corpus, pages, tools, a.short_rule)
    other = {rule: score(a.corpus, pages, tools, rule)[0] for rule in SHORT_RULES if rule != a.short_rule}

    r0 = results[order[0]] if order else None
    print(f"Scored reference lines: {r0['lines'] if r0 else 0} on {len(pages)} dev pages "
          f"(gold body {r0['body_support'] if r0 else 0}, nav {r0['nav_support'] if r0 else 0}; unk lines skipped). "
          f"Short-line rule: `{a.short_rule}`.")
    print()
    print(table(results, order))
    print()
    print("Short-line rule sensitivity (macro-F1; lines of < 10 normalised characters only change between the rules):")
    print()
    rules = [a.short_rule] + [r for r in SHORT_RULES if r != a.short_rule]
    print("| tool | " + " | ".join(f"`{r}`" + (" (used above)" if r == a.short_rule else "") for r in rules) + " |")
    print("|---|" + "---|" * len(rules))
    for name in order:
        vals = [results[name]] + [other[r][name] for r in rules[1:]]
        print(f"| {name} | " + " | ".join(fmt(v["macro_f1"]) for v in vals) + " |")
    fails = [(n, k, "failed") for n in order for k in results[n]["failed"]] + \
            [(n, k, "empty") for n in order for k in results[n]["empty"]]
    if fails:
        print()
        print("Pages with no extracted text: " + "; ".join(f"{n}: `{k}` ({s})" for n, k, s in fails) + ".")

    if a.per_page:
        with open(a.per_page, "w", encoding="utf-8") as f:
            f.write("page\ttool\tbody_p\tbody_r\tbody_lines\tpred_body_lines\ttp\tstate\n")
            for row in per_page:
                f.write("\t".join(row) + "\n")
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump({"short_rule": a.short_rule, "results": results,
                       "other_rules": {r: {n: v["macro_f1"] for n, v in res.items()} for r, res in other.items()}},
                      f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()

"""Small reader for LineSift's labelled-corpus format (see the project README, "Corpus format").

Shared by the peer-comparison scripts so that every system sees the same pages and the same lines.
Only the Python standard library is used.
"""

LABELS = ("body", "nav", "spun")


def read_corpus(path, ops_path=None):
    """Returns a list of pages; each page is {"id": str, "lines": [(label, text, op), ...]}.

    label is "body", "nav", "spun" or None (for "unk" / "?"). op is the operator named in ops_path for that
    line ("-" for an unchanged line), or None without an ops file. Lines are split on "\n" only, never on the
    other Unicode line separators, so line numbers agree with the Java reader and with the .ops file.
    """
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read().split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    ops = None
    if ops_path is not None:
        with open(ops_path, encoding="utf-8", newline="") as f:
            ops = f.read().split("\n")
        if ops and ops[-1] == "":
            ops.pop()
        if len(ops) != len(raw):
            raise SystemExit(f"{ops_path}: {len(ops)} lines, but {path} has {len(raw)}")
    pages = []
    page = None
    for n, line in enumerate(raw):
        line = line.rstrip("\r")
        if line.startswith("# page:"):
            pid = line[len("# page:"):].strip().split()[0] if line[len("# page:"):].strip() else f"page{len(pages) + 1}"
            page = {"id": pid, "lines": []}
            pages.append(page)
            continue
        if line.startswith("#") or line.strip() == "":
            continue
        if "\t" not in line:
            raise SystemExit(f"{path}:{n + 1}: no tab")
        label, text = line.split("\t", 1)
        if label in ("unk", "?"):
            label = None
        elif label not in LABELS:
            raise SystemExit(f"{path}:{n + 1}: unknown label {label!r}")
        if page is None:  # text before any "# page:" header: an implicit first page
            page = {"id": "page1", "lines": []}
            pages.append(page)
        op = ops[n].strip() if ops is not None else None
        page["lines"].append((label, text, op))
    return pages


def text_lines(pages):
    """All text lines (unk included), in corpus order, as (page_id, index_in_page_1based, label, text, op)."""
    out = []
    for p in pages:
        for i, (label, text, op) in enumerate(p["lines"]):
            out.append((p["id"], i + 1, label, text, op))
    return out


def read_pages_index(corpus_dir, split):
    """Train/dev pages from pages/INDEX.tsv: a list of (source/id, path of the .lines.tsv file)."""
    import os
    idx = os.path.join(corpus_dir, "pages", "INDEX.tsv")
    out = []
    with open(idx, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        col = {name: k for k, name in enumerate(header)}
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) < len(header) or row[col["split"]] != split:
                continue
            src, pid = row[col["source"]], row[col["id"]]
            out.append((f"{src}/{pid}", os.path.join(corpus_dir, "pages", src, pid + ".lines.tsv")))
    return out

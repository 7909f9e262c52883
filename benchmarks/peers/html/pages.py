#!/usr/bin/env python3
"""Page list, decoding and LineSift output splitting for the HTML peers benchmark (standard library only).

  pages.py decode CORPUS_DIR WORK_DIR [SPLIT]
      Reads pages/INDEX.tsv, takes the rows with split == SPLIT (default dev), decodes every page's original bytes ONE way
      (see decode_html) and writes WORK_DIR/decoded/<key>.html (UTF-8, with the page's charset declarations
      rewritten to utf-8 so that no tool decodes it again differently), plus WORK_DIR/pages.tsv with the columns
      key, source, id, url, decoded_path, encoding, rule. key = <source>__<id>.

  pages.py linesift-split WORK_DIR LINESIFT_TSV OUT_DIR
      Turns `linesift classify --html --format tsv` output (file, line, label, p_body, p_nav, p_spun, text) into
      OUT_DIR/<key>.txt: the text of the rows labelled body, one per line, in order. Pages with no row get no
      file (the scorer counts them as empty).

Nothing from the corpus is written into the repository: WORK_DIR is a temporary directory.
"""
import codecs
import csv
import os
import re
import sys

# GB2312 and GBK are subsets of GB18030: a page that declares them is decoded as GB18030, which also reads the
# GBK-only and GB18030-only characters that such pages often contain.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "csgb2312", "gb_2312-80"}

META_RE = re.compile(rb"<meta\b[^>]*>", re.I)
META_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The CleanEval wrapper of the older cwced pages: <text id=URL title=... encoding=gb2312>
CLEANEVAL_RE = re.compile(rb"""<text\b[^>]*?\bencoding\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
HEAD_BYTES = 64 * 1024  # declarations are looked for in the first 64 KiB


def _python_codec(label):
    """A declared charset label -> Python codec name, or None if unknown."""
    label = label.decode("ascii", "ignore").strip().lower()
    if label in GB_FAMILY:
        return "gb18030"
    if label in ("utf8", "utf-8"):
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charsets(raw):
    """Charsets the page declares, in the order they are tried: the CleanEval encoding= attribute (as the
    corpus converter does), then every <meta charset=...> / <meta http-equiv content="...; charset=...">."""
    head = raw[:HEAD_BYTES]
    out = []
    m = CLEANEVAL_RE.search(head[:4096])
    if m:
        out.append(("cleaneval-encoding", m.group(1)))
    for meta in META_RE.finditer(head):
        c = META_CHARSET_RE.search(meta.group(0))
        if c:
            out.append(("meta-charset", c.group(1)))
    return out


def decode_html(raw):
    """The one decoding used for every tool. Returns (text, encoding, rule).

    1. BOM (UTF-8, UTF-16);
    2. the declared charset (CleanEval encoding=, then <meta charset> / http-equiv content), decoded strictly;
       a declaration that the bytes contradict (strict decoding fails) is skipped;
    3. strict UTF-8;
    4. GB18030 (GB2312 and GBK are decoded as GB18030), undecodable bytes replaced.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace"), codec, "bom"
    for rule, label in declared_charsets(raw):
        codec = _python_codec(label)
        if codec is None or codec in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
            continue  # an ASCII-compatible page cannot really be UTF-16; ignore such declarations
        try:
            return raw.decode(codec), codec, rule
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("utf-8"), "utf-8", "strict-utf8"
    except UnicodeDecodeError:
        return raw.decode("gb18030", "replace"), "gb18030", "gb18030-fallback"


def rewrite_declarations(text):
    """Make the decoded copy say what it is (UTF-8), so that a tool that sniffs <meta charset> in the file does
    not decode it a second, different way. Only the charset value inside <meta> tags and the CleanEval
    encoding= attribute change."""
    def meta(m):
        return re.sub(r"""(charset\s*=\s*["']?\s*)[A-Za-z0-9_.:-]+""", r"\1utf-8", m.group(0), flags=re.I)
    text = re.sub(r"<meta\b[^>]*>", meta, text, flags=re.I)
    return re.sub(r"""(<text\b[^>]*?\bencoding\s*=\s*["']?)[A-Za-z0-9_.:-]+""", r"\1utf-8", text, count=1, flags=re.I)


def dev_rows(corpus, split="dev"):
    with open(os.path.join(corpus, "pages", "INDEX.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in rows if r.get("split") == split]


def page_key(source, pid):
    return f"{source}__{pid}"


def cmd_decode(corpus, work, split="dev"):
    out_dir = os.path.join(work, "decoded")
    os.makedirs(out_dir, exist_ok=True)
    rows = dev_rows(corpus, split)
    if not rows:
        sys.exit(f"no {split} rows in {corpus}/pages/INDEX.tsv")
    with open(os.path.join(work, "pages.tsv"), "w", encoding="utf-8") as idx:
        idx.write("key\tsource\tid\turl\tdecoded_path\tencoding\trule\n")
        for r in rows:
            key = page_key(r["source"], r["id"])
            with open(os.path.join(corpus, "pages", r["source"], r["id"] + ".html"), "rb") as f:
                raw = f.read()
            text, enc, rule = decode_html(raw)
            path = os.path.join(out_dir, key + ".html")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(rewrite_declarations(text))
            url = (r.get("url") or "").strip()
            idx.write("\t".join([key, r["source"], r["id"], url, os.path.abspath(path), enc, rule]) + "\n")
    print(f"decoded {len(rows)} {split} pages into {out_dir}", file=sys.stderr)


def read_pages(work):
    with open(os.path.join(work, "pages.tsv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def cmd_linesift_split(work, tsv, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    by_path = {}
    for p in read_pages(work):
        by_path[os.path.abspath(p["decoded_path"])] = p["key"]
        by_path[os.path.basename(p["decoded_path"])] = p["key"]
    body = {}
    unknown = set()
    with open(tsv, encoding="utf-8", errors="replace") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t", 6)
            if len(cols) < 7:
                continue
            fname, _, label = cols[0], cols[1], cols[2]
            key = by_path.get(os.path.abspath(fname)) or by_path.get(os.path.basename(fname))
            if key is None:
                unknown.add(fname)
                continue
            lines = body.setdefault(key, [])
            if label == "body":
                lines.append(cols[6])
    for key, lines in body.items():
        with open(os.path.join(out_dir, key + ".txt"), "w", encoding="utf-8") as f:
            f.write("".join(t + "\n" for t in lines))
    if unknown:
        print(f"linesift-split: {len(unknown)} unknown file names in {tsv}, e.g. {sorted(unknown)[0]}", file=sys.stderr)
    print(f"linesift-split: {len(body)} pages with rows", file=sys.stderr)


def main(argv):
    if len(argv) in (3, 4) and argv[0] == "decode":
        cmd_decode(*argv[1:])
    elif len(argv) == 4 and argv[0] == "linesift-split":
        cmd_linesift_split(argv[1], argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

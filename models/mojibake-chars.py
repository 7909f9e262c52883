#!/usr/bin/env python3
"""Writes src/main/resources/org/linesift/text/mojibake-chars.txt: the Han characters that Chinese text turns into
when its bytes are decoded with the wrong charset, and that clean text almost never uses.
org.linesift.text.Garbled counts them.

Two rules, and the list is their union:
  1. UTF-8 read as GBK (session 5): characters seen at least 50 times in the garbled news prose and at most 20
     times (and 20 times less often) in the clean prose, simplified or converted to traditional with HanLP's
     s2t table;
  2. every other misreading below (UTF-8 read as Big5, Shift_JIS, EUC-JP or EUC-KR; GBK read as Big5, Shift_JIS
     or EUC-KR; traditional text in Big5 read as GBK or Shift_JIS): characters seen at least 50 times in the
     garbled prose and at most twice in a wider clean set (the news prose and the headline sets, simplified and
     traditional, and the words of HanLP's Cilin thesaurus), so that rare but real characters (嘀, 怼, 獐) stay
     out.

Usage: models/mojibake-chars.py CORPUS_DIR HANLP_JAR
  HANLP_JAR: ~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar (s2t.txt and
  CoreSynonym.txt are read from it).
The file holds only characters chosen by counts (no corpus text). Deterministic: sorted by code point.
"""
import collections, glob, sys, zipfile

corpus, jar = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    s2t_lines = z.read('data/dictionary/tc/s2t.txt').decode('utf-8').splitlines()
    cilin = z.read('data/dictionary/synonym/CoreSynonym.txt').decode('utf-8')
read = lambda f: open(f, encoding='utf-8', errors='ignore').read()
text = ''.join(read(f) for f in sorted(glob.glob(corpus + '/raw/news_body/*')))
extra = ''.join(read(f) for f in sorted(glob.glob(corpus + '/raw/headlines_nav/*.tsv'))
                + [corpus + '/raw/headlines_nav/gne_news_pages_lines.txt']) + cilin
s2t = {}
for line in s2t_lines:
    a, _, b = line.partition('=')
    if len(a) == 1 and b:
        s2t[a] = b.split()[0][0]
to_trad = lambda t: ''.join(s2t.get(c, c) for c in t)
trad_text = to_trad(text)
simplified = collections.Counter(text)
traditional = collections.Counter(trad_text)
clean = collections.Counter(text + extra)
clean.update(to_trad(text + extra))
is_han = lambda c: '\u4e00' <= c <= '\u9fff'

def garble(t, written, read_as):
    return collections.Counter(t.encode(written, errors='ignore').decode(read_as, errors='replace'))

g = garble(text, 'utf-8', 'gbk')
chosen = {c for c, k in g.items() if is_han(c) and k >= 50
          and (simplified[c] + traditional[c]) * 20 < k and simplified[c] + traditional[c] <= 20}
print(f'utf-8 read as gbk: {len(chosen)} chars', file=sys.stderr)
for written, read_as, t in [('utf-8', 'big5', text), ('utf-8', 'shift_jis', text), ('utf-8', 'euc_jp', text),
                            ('utf-8', 'euc_kr', text), ('gbk', 'big5', text), ('big5', 'gbk', trad_text),
                            ('gbk', 'shift_jis', text), ('gbk', 'euc_kr', text), ('big5', 'shift_jis', trad_text),
                            ('utf-8', 'big5', trad_text), ('utf-8', 'gbk', trad_text)]:
    g = garble(t, written, read_as)
    add = {c for c, k in g.items() if is_han(c) and k >= 50 and clean[c] <= 2}
    print(f'{written} read as {read_as}: {len(add - chosen)} more chars', file=sys.stderr)
    chosen |= add
chosen = sorted(chosen)
out = 'src/main/resources/org/linesift/text/mojibake-chars.txt'
with open(out, 'w', encoding='utf-8') as f:
    for i in range(0, len(chosen), 64):
        f.write(''.join(chosen[i:i + 64]) + '\n')
print(f'{len(chosen)} chars -> {out}', file=sys.stderr)

#!/usr/bin/env python3
"""Writes src/main/resources/org/linesift/text/mojibake-chars.txt: the Han characters that UTF-8 Chinese text
turns into when it is decoded as GBK, and that clean text (simplified, or the same text converted to traditional
with HanLP's s2t table) almost never uses. org.linesift.text.Garbled counts them.

Usage: models/mojibake-chars.py CORPUS_DIR HANLP_S2T_TXT
  HANLP_S2T_TXT: data/dictionary/tc/s2t.txt from the hanlp portable-1.8.6 jar, e.g.
  unzip -p ~/.m2/repository/com/hankcs/hanlp/portable-1.8.6/hanlp-portable-1.8.6.jar data/dictionary/tc/s2t.txt > s2t.txt
The file holds only characters chosen by counts (no corpus text). Deterministic: sorted by code point.
"""
import collections, glob, sys

corpus, s2t_path = sys.argv[1], sys.argv[2]
text = ''.join(open(f, encoding='utf-8', errors='ignore').read()
               for f in sorted(glob.glob(corpus + '/raw/news_body/*')))
s2t = {}
for line in open(s2t_path, encoding='utf-8'):
    a, _, b = line.rstrip('\n').partition('=')
    if len(a) == 1 and b:
        s2t[a] = b.split()[0][0]
simplified = collections.Counter(text)
traditional = collections.Counter(s2t.get(c, c) for c in text)
garbled = collections.Counter(text.encode('utf-8').decode('gbk', errors='replace'))
chosen = sorted(c for c, k in garbled.items()
                if '\u4e00' <= c <= '\u9fff' and k >= 50
                and (simplified[c] + traditional[c]) * 20 < k and simplified[c] + traditional[c] <= 20)
out = 'src/main/resources/org/linesift/text/mojibake-chars.txt'
with open(out, 'w', encoding='utf-8') as f:
    for i in range(0, len(chosen), 64):
        f.write(''.join(chosen[i:i + 64]) + '\n')
han = sum(k for c, k in garbled.items() if '\u4e00' <= c <= '\u9fff')
print(f'{len(chosen)} chars, {sum(garbled[c] for c in chosen) / han:.3f} of the garbled Han chars', file=sys.stderr)

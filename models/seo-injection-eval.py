#!/usr/bin/env python3
"""Makes a test set of SEO injections the bundled model never saw: dev.tsv with SEO phrases glued into its clean body
lines.

`synth --brand-seo-share` (session 27) can put SEO injections into the training data (brands.txt's [seo-inject]
section and local-service keywords). This script injects *other* phrases, written here for the purpose and sharing no
string with that list, into 30 % of dev's untouched body lines of 20 or more chars: at the line start or right after a clause mark,
bare (three times in five), in 【】, in () or as a label with a colon. Those lines become `spun`, with the operator
`seo` in the .ops file, so `score --ops` reports the share of them caught.

Usage: models/seo-injection-eval.py CORPUS_DIR OUT.tsv [SEED]
then:  java -jar target/linesift-cli.jar score --ops OUT.tsv.ops OUT.tsv
Needs python3 (standard library only). Writes OUT.tsv and OUT.tsv.ops; nothing from the corpus is written elsewhere.
"""
import os
import random
import re
import sys

# held-out phrases: illicit services and goods, none of them in brands.txt's [seo-inject] section
PHRASES = ["证件代办", "毕业证办理", "整站优化", "权重提升", "蜘蛛池出租", "外链购买", "套现秒到", "白户贷款", "小额贷款秒批",
           "私人侦探", "婚姻调查", "听话水", "点赞兼职", "刷播放量", "抖音刷赞", "代练上分", "激活码破解", "成人网站",
           "午夜影院", "上门服务", "包夜服务"]
DECORATIONS = ["{}", "{}", "{}", "【{}】", "({})", "{}："]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[-4])
    corpus, out = sys.argv[1], sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    dev = os.path.join(corpus, "dev.tsv")
    with open(dev, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(dev + ".ops", encoding="utf-8") as f:
        ops = f.read().split("\n")
    injected = 0
    with open(out, "w", encoding="utf-8") as o, open(out + ".ops", "w", encoding="utf-8") as oo:
        for i, line in enumerate(lines):
            op = ops[i] if i < len(ops) else ""
            if "\t" in line and not line.startswith("#"):
                label, text = line.split("\t", 1)
                if label == "body" and op == "-" and len(text) >= 20 and rnd.random() < 0.3:
                    phrase = rnd.choice(DECORATIONS).format(rnd.choice(PHRASES))
                    starts = [0] + [m.end() for m in re.finditer("[，。；]", text) if m.end() < len(text)]
                    k = rnd.choice(starts)
                    o.write("spun\t" + text[:k] + phrase + text[k:] + "\n")
                    oo.write("seo\n")
                    injected += 1
                    continue
            o.write(line + "\n")
            oo.write(op + "\n")
    print(f"{out}: {injected} lines with an SEO phrase injected", file=sys.stderr)


if __name__ == "__main__":
    main()

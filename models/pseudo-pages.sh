#!/usr/bin/env bash
# Labels the corpus's unlabelled real news pages with the HTML model, for the default (text) model to train on.
#
# Usage: models/pseudo-pages.sh CORPUS_DIR OUT.tsv [HTML_MODEL]      (HTML_MODEL defaults to models/html.lsm)
#
# The pages: raw/headlines_nav/gne_news_pages_html.tar.gz holds 66 real pages from GeneralNewsExtractor's tests.
# 20 of them are corpus pages already (pages/gne-silver, found by their meta.json html_path, whatever their
# split); 4 are list pages (test_list_page/). The other 42 article pages are cut from their HTML by LineSift's own
# conversion and labelled by the HTML model, which reads their markup (links, tag paths, class names) and so
# labels body and nav better than any text model can (see models/README.md). A line it calls spun is written
# `unk`: these pages carry no spam, so such a line is only one the model found odd, and it stays as context
# without a label. A page that shares 3 or more lines of 15+ chars with dev.tsv (a site template shared with a
# dev page) is left out, so the dev score stays a score on unseen text. The pages' ids start with gne-pseudo/.
# Needs the CLI jar: mvn -q -DskipTests package (or JAR=PATH in the environment).
set -euo pipefail
cd "$(dirname "$0")/.."
C="${1:?usage: models/pseudo-pages.sh CORPUS_DIR OUT.tsv [HTML_MODEL]}"
OUT="${2:?usage: models/pseudo-pages.sh CORPUS_DIR OUT.tsv [HTML_MODEL]}"
MODEL="${3:-models/html.lsm}"
JAR="$(cd "$(dirname "${JAR:-target/linesift-cli.jar}")" 2>/dev/null && pwd)/$(basename "${JAR:-target/linesift-cli.jar}")"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
TAR="$C/raw/headlines_nav/gne_news_pages_html.tar.gz"
[ -f "$TAR" ] || { echo "no $TAR" >&2; exit 2; }
MODEL="$(cd "$(dirname "$MODEL")" && pwd)/$(basename "$MODEL")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8

tar xzf "$TAR" -C "$TMP"
# pages the corpus already has (any split), by their path in the GNE repository
grep -h '"html_path"' "$C"/pages/gne-silver/*.meta.json | sed 's/.*: *"//; s/".*//' | sort -u > "$TMP/known.txt"
(cd "$TMP" && find gne/tests -name '*.html' | sort) | while read -r f; do
  grep -qxF "${f#gne/}" "$TMP/known.txt" || echo "$f"
done > "$TMP/pages.txt"

# dev lines of 15+ chars, to find pages that share a site template with a dev page
cut -f2 "$C/dev.tsv" | grep -E '^.{15,}$' | sort -u > "$TMP/dev-lines.txt"

(cd "$TMP" && java -jar "$JAR" classify --html --model "$MODEL" --format corpus $(cat pages.txt)) > "$TMP/all.tsv"

: > "$TMP/out.tsv"
kept=0; dropped=0
pages=$(awk -v dir="$TMP/page" '/^# page: / { n++ } n > 0 { print > (dir "." n) } END { print n + 0 }' "$TMP/all.tsv")
for i in $(seq 1 "$pages"); do
  p="$TMP/page.$i"
  shared=$(cut -s -f2 "$p" | grep -E '^.{15,}$' | sort -u | comm -12 - "$TMP/dev-lines.txt" | wc -l)
  if [ "$shared" -ge 3 ]; then
    echo "left out $(head -1 "$p" | sed 's/^# page: //'): $shared lines shared with dev.tsv" >&2
    dropped=$((dropped + 1)); continue
  fi
  sed -e 's/^# page: gne\//# page: gne-pseudo\//' -e 's/^spun\t/unk\t/' "$p" >> "$TMP/out.tsv"
  kept=$((kept + 1))
done
mv "$TMP/out.tsv" "$OUT"
echo "$kept pages written to $OUT ($dropped left out)" >&2

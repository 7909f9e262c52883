#!/usr/bin/env bash
# Memory stays flat as the input grows: classify a large multi-page stream in a small heap.
# Builds SIZE_MB of input by repeating the dev pages of the corpus (labels stripped, each page opened by
# '# page: ID'), then runs `classify --pages --threads 2 --format tsv` with -Xmx256m, writing to /dev/null, and
# prints the wall time, the peak resident memory and the lines per second.
# Usage (from the repo root): benchmarks/streaming.sh [CORPUS_DIR] [SIZE_MB]   (default: ../shared/corpus 1024)
# Needs the CLI jar (mvn -q -DskipTests package) and GNU time (/usr/bin/time). Writes a SIZE_MB temp file.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
C="${1:-$ROOT/../shared/corpus}"
MB="${2:-1024}"
JAR="$ROOT/target/linesift-cli.jar"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -q -DskipTests package" >&2; exit 2; }
[ -f "$C/dev.tsv" ] || { echo "no corpus at $C" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$C/dev.tsv" "$TMP/input.txt" "$MB" <<'PY'
import sys
src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages, cur = [], None
for line in open(src, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("# page:"):
        cur = [line.split()[2], []]; pages.append(cur)
    elif line and not line.startswith("#") and cur is not None:
        cur[1].append(line.split("\t", 1)[1])
with open(dst, "w", encoding="utf-8") as out:
    rep = 0
    while out.tell() < mb * 1024 * 1024:
        for pid, lines in pages:
            out.write(f"# page: {pid}-{rep}\n")
            out.write("".join(l + "\n" for l in lines))
        rep += 1
PY
BYTES=$(stat -c %s "$TMP/input.txt")
LINES=$(wc -l < "$TMP/input.txt")
echo "input: $BYTES bytes, $LINES lines (page headers included)"
/usr/bin/time -f "%e %M" -o "$TMP/time" java -Xmx256m -jar "$JAR" classify --pages --threads 2 --format tsv "$TMP/input.txt" > /dev/null
read -r SECS KB < "$TMP/time"
python3 -c "import sys; s,kb,b,l=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),int(sys.argv[4]); print(f'wall {s:.1f} s, peak RSS {kb/1024:.0f} MB (heap limit 256 MB), {b/s/1e6:.2f} MB/s, {l/s:,.0f} lines/s')" "$SECS" "$KB" "$BYTES" "$LINES"

#!/usr/bin/env bash
# HTML main-content extractors vs the line labels of the 40 dev pages: Mozilla Readability (jsdom), boilerpipe's
# ArticleExtractor and, when the CLI jar has `classify --html`, LineSift itself. Every tool gets the same decoded
# page and every tool's text is scored by ONE matcher (benchmarks/peers/html/match.py).
# Writes benchmarks/peers/html/RESULTS.md. See benchmarks/peers/html/README.md for the method.
#
# Usage (from the repo root): benchmarks/peers/html/run.sh [CORPUS_DIR]     (default: ../shared/corpus)
# Environment: PEERS_WORK=DIR keeps the work files (decoded pages, node_modules, boilerpipe jars, extracted
#              text, per-page scores) in DIR instead of a temporary directory that is deleted at the end.
#              Nothing from the corpus goes into the repository.
#              READABILITY_VERSION (default 0.6.0), JSDOM_VERSION (default: 29.1.1 on Node.js 20.19+ / 22, else
#              26.1.0), BOILERPIPE (default com.syncthemall:boilerpipe:1.2.2), LINESIFT_JAR (default
#              target/linesift-cli.jar; LineSift is skipped when its `classify --help` has no --html).
# Needs: python3 (standard library only), node + npm, java 17 + javac, mvn (for boilerpipe's jars from Maven
#        Central). The npm packages and the jars are installed into the work dir when missing there.
set -euo pipefail
INVOCATION="benchmarks/peers/html/run.sh${*:+ $*}"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
if [ $# -ge 1 ]; then C="$(cd "$1" && pwd)"; else C="$(cd "$ROOT/../shared/corpus" && pwd)"; fi
cd "$ROOT"
H=benchmarks/peers/html
JAR="${LINESIFT_JAR:-target/linesift-cli.jar}"
READABILITY_VERSION="${READABILITY_VERSION:-0.6.0}"
BOILERPIPE="${BOILERPIPE:-com.syncthemall:boilerpipe:1.2.2}"
PAGE_TIMEOUT=120    # seconds for one page when a page is retried on its own
BATCH_TIMEOUT=900   # seconds for one tool over all 40 pages
[ -f "$C/pages/INDEX.tsv" ] || { echo "no corpus at $C (expected $C/pages/INDEX.tsv)" >&2; exit 2; }

log() { echo "[peers-html $(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
T_START=$(now)

if [ -n "${PEERS_WORK:-}" ]; then W="$(mkdir -p "$PEERS_WORK" && cd "$PEERS_WORK" && pwd)"
else W="$(mktemp -d)"; trap 'rm -rf "$W"' EXIT; fi
log "work dir: $W"
rm -rf "$W/decoded" "$W/out"
mkdir -p "$W/out"

# Keys of pages.tsv that have no line in DIR/status.tsv (the tool died before reaching them).
missing_keys() { python3 - "$W/pages.tsv" "$1/status.tsv" <<'EOF'
import os, sys
keys = [l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:] if l]
done = set()
if os.path.exists(sys.argv[2]):
    done = {l.split("\t")[0] for l in open(sys.argv[2], encoding="utf-8", errors="replace") if l.strip()}
print("\n".join(k for k in keys if k not in done))
EOF
}
# retry_missing DIR CMD...: run CMD KEY for each page that has no status yet, one page at a time with a timeout;
# a page that still has none is logged as an error (its extraction counts as empty).
retry_missing() {
  local dir="$1"; shift
  local k
  for k in $(missing_keys "$dir"); do
    log "  retrying $k on its own"
    timeout "$PAGE_TIMEOUT" "$@" "$k" >> "$dir/retry.log" 2>&1 || true
    if ! grep -q "^$k	" "$dir/status.tsv" 2>/dev/null; then
      printf '%s\terror\t-\tcrashed or timed out (see retry.log)\n' "$k" >> "$dir/status.tsv"
      log "  $k: no output (counted as empty)"
    fi
  done
}

# --- 1. decode every page once, the same way for all tools -----------------------------------------------------
log "decoding the dev pages"
python3 "$H/pages.py" decode "$C" "$W"
N_PAGES=$(($(wc -l < "$W/pages.tsv") - 1))
DECODE_SUMMARY="$(tail -n +2 "$W/pages.tsv" | awk -F'\t' '{print $7 " -> " $6}' | sort | uniq -c | sort -rn \
  | awk '{n=$1; $1=""; sub(/^ /, ""); printf "%s%s: %d", (NR>1 ? "; " : ""), $0, n}')"

# --- 2. Readability (jsdom) ----------------------------------------------------------------------------------------
NODE_MAJOR_MINOR="$(node -p 'process.versions.node.split(".").slice(0,2).join(".")')"
if [ -z "${JSDOM_VERSION:-}" ]; then
  # jsdom 30+ needs Node.js 22.22+; 27-29 need 20.19+ or 22.12+/22.13+; 26 runs on 18+.
  if python3 -c "import sys; M,m=map(int,sys.argv[1].split('.')); sys.exit(0 if (M==20 and m>=19) or (M==22 and m>=13) or M>=24 else 1)" "$NODE_MAJOR_MINOR"
  then JSDOM_VERSION=29.1.1; else JSDOM_VERSION=26.1.0; fi
fi
NM="$W/npm/node_modules"
have_npm() { [ -f "$NM/$1/package.json" ] && [ "$(node -p "require('$NM/$1/package.json').version")" = "$2" ]; }
if ! have_npm @mozilla/readability "$READABILITY_VERSION" || ! have_npm jsdom "$JSDOM_VERSION"; then
  log "npm install @mozilla/readability@$READABILITY_VERSION jsdom@$JSDOM_VERSION (into the work dir)"
  mkdir -p "$W/npm"
  (cd "$W/npm" && npm install --no-save --no-audit --no-fund --silent --prefix "$W/npm" \
     "@mozilla/readability@$READABILITY_VERSION" "jsdom@$JSDOM_VERSION" > "$W/npm-install.log" 2>&1) \
    || { cat "$W/npm-install.log" >&2; echo "npm install failed" >&2; exit 1; }
fi
log "Readability on $N_PAGES pages"
RO="$W/out/readability"; mkdir -p "$RO"
t0=$(now)
NODE_PATH="$NM" timeout "$BATCH_TIMEOUT" node "$H/readability.cjs" "$W/pages.tsv" "$RO" 2> "$RO/run.log" \
  || log "  the Readability run exited non-zero (see $RO/run.log); retrying the pages it did not reach"
retry_missing "$RO" env NODE_PATH="$NM" node "$H/readability.cjs" "$W/pages.tsv" "$RO"
READABILITY_S=$(secs "$t0" "$(now)")
# Variant: Readability's article.title (which `content` leaves out) as a first line, then the content lines.
RT="$W/out/readability_title"; mkdir -p "$RT"
for f in "$RO"/*.txt; do
  [ -e "$f" ] || continue
  k="$(basename "$f" .txt)"
  { cat "$RO/$k.title" 2>/dev/null || true; cat "$f"; } > "$RT/$k.txt"
done

# --- 3. boilerpipe ArticleExtractor -----------------------------------------------------------------------------
BP="$W/boilerpipe"
IFS=: read -r BP_G BP_A BP_V <<< "$BOILERPIPE"
if [ ! -f "$BP/lib/$BP_A-$BP_V.jar" ]; then
  log "fetching $BOILERPIPE and its dependencies from Maven Central (mvn dependency:copy-dependencies)"
  mkdir -p "$BP"
  cat > "$BP/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.peers</groupId><artifactId>boilerpipe-runner</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>$BP_G</groupId><artifactId>$BP_A</artifactId><version>$BP_V</version></dependency>
  </dependencies>
</project>
EOF
  mvn -q -B -f "$BP/pom.xml" dependency:copy-dependencies -DoutputDirectory="$BP/lib" > "$BP/mvn.log" 2>&1 \
    || { cat "$BP/mvn.log" >&2; echo "could not fetch $BOILERPIPE" >&2; exit 1; }
fi
rm -rf "$BP/classes"; mkdir -p "$BP/classes"
javac -nowarn -encoding UTF-8 -d "$BP/classes" -cp "$BP/lib/*" "$H/BoilerpipeRun.java"
BP_JARS="$(cd "$BP/lib" && ls *.jar | sed 's/\.jar$//' | paste -sd, - | sed 's/,/, /g')"
log "boilerpipe ArticleExtractor on $N_PAGES pages"
BO="$W/out/boilerpipe"; mkdir -p "$BO"
t0=$(now)
timeout "$BATCH_TIMEOUT" java -cp "$BP/lib/*:$BP/classes" BoilerpipeRun "$W/pages.tsv" "$BO" 2> "$BO/run.log" \
  || log "  the boilerpipe run exited non-zero (see $BO/run.log); retrying the pages it did not reach"
retry_missing "$BO" java -cp "$BP/lib/*:$BP/classes" BoilerpipeRun "$W/pages.tsv" "$BO"
BOILERPIPE_S=$(secs "$t0" "$(now)")

# --- 4. LineSift itself, if the CLI can read HTML --------------------------------------------------------------
TOOLS=(--tool "Readability=$RO" --tool "Readability (title + content)=$RT" --tool "boilerpipe ArticleExtractor=$BO")
LINESIFT_NOTE=""
LINESIFT_S=""
if [ -f "$JAR" ] && java -jar "$JAR" classify --help 2>/dev/null | grep -q -- --html; then
  log "LineSift classify --html on $N_PAGES pages"
  LO="$W/out/linesift"; mkdir -p "$LO"
  mapfile -t FILES < <(tail -n +2 "$W/pages.tsv" | cut -f5)
  t0=$(now)
  if ! timeout "$BATCH_TIMEOUT" java -jar "$JAR" classify --html --format tsv "${FILES[@]}" > "$W/linesift.tsv" 2> "$LO/run.log"; then
    # One page can make the whole command fail: classify the pages one by one so only that page counts as empty.
    log "  LineSift failed on the batch (see $LO/run.log); classifying the pages one by one"
    : > "$W/linesift.tsv"
    for f in "${FILES[@]}"; do
      timeout "$PAGE_TIMEOUT" java -jar "$JAR" classify --html --format tsv "$f" >> "$W/linesift.tsv" 2>> "$LO/run.log" \
        || log "  LineSift failed on $(basename "$f" .html) (counted as empty)"
    done
  fi
  LINESIFT_S=$(secs "$t0" "$(now)")
  python3 "$H/pages.py" linesift-split "$W" "$W/linesift.tsv" "$LO"
  TOOLS=(--tool "LineSift (bundled model)=$LO" "${TOOLS[@]}")
  GIT_REV="$(git log -1 --format=%h -- src models pom.xml 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src models pom.xml 2>/dev/null || echo ' with uncommitted changes in src/models/pom.xml')"
  LINESIFT_NOTE="LineSift: \`java -jar $JAR classify --html --format tsv FILE...\` on the 40 decoded pages in one process (jar sha256 $(sha256sum "$JAR" | cut -c1-16)…, code as of commit $GIT_REV); its text = the \`text\` of the rows labelled body, in order. ${LINESIFT_S} s for all pages, JVM start included."
else
  if [ -f "$JAR" ]; then why="$JAR has no \`classify --html\` yet"; else why="$JAR is missing (build it with \`mvn -q -DskipTests package\`)"; fi
  log "skipping LineSift: $why"
  LINESIFT_NOTE="LineSift: **not run**: $why. Rerun this script once the CLI reads HTML."
fi

# --- 5. one matcher for every tool --------------------------------------------------------------------------------
log "matching"
python3 "$H/match.py" "$C" "$W/pages.tsv" "${TOOLS[@]}" --oracles --short-rule context \
  --per-page "$W/per_page.tsv" --json-out "$W/scores.json" > "$W/scores.md"
T_TOTAL=$(secs "$T_START" "$(now)")

# --- 6. RESULTS.md --------------------------------------------------------------------------------------------
ver() { node -p "require('$NM/$1/package.json').version"; }
{
  echo "# HTML main-content extractors on the 40 dev pages"
  echo
  echo "Generated by \`$INVOCATION\` on $(date -u '+%Y-%m-%d %H:%M UTC') (corpus: \`$C\`; $N_PAGES pages with split = dev in \`pages/INDEX.tsv\`). The whole run took ${T_TOTAL} s. Do not edit by hand: rerun the script. Method: README.md beside this file."
  echo
  echo "- Decoding (one for all tools, by \`pages.py\`): $DECODE_SUMMARY."
  echo "- Readability: @mozilla/readability $(ver @mozilla/readability) on jsdom $(ver jsdom), Node.js $(node --version); \`new Readability(new JSDOM(html, {url}).window.document).parse()\`, its \`content\` HTML turned into lines (block elements and <br> start a line). ${READABILITY_S} s for all pages, including jsdom parsing and Node.js start. The \"title + content\" row adds \`article.title\` as a first line (content leaves the headline out)."
  echo "- boilerpipe: \`$BOILERPIPE\` (jars: $BP_JARS), \`ArticleExtractor.INSTANCE.getText(String)\` on the decoded page, lines split at its newlines; $(java -version 2>&1 | head -1). ${BOILERPIPE_S} s for all pages, JVM start included."
  echo "- $LINESIFT_NOTE"
  echo
  echo "## Line-level scores (one matcher for all: benchmarks/peers/html/match.py)"
  echo
  echo "A reference line (gold label body or nav from \`<id>.lines.tsv\`) is predicted body iff the tool's text covers it (the corpus's coverage rule), nav otherwise; lines of all pages pooled. A failed or empty page predicts nav for all its lines. The two oracle rows are not tools: they show the matcher's ceiling (the body reference lines themselves as the extracted text) and how well it reproduces the corpus labels from the gold text."
  echo
  cat "$W/scores.md"
  echo
  echo "Per-page body P/R of every tool: \`per_page.tsv\` in the work dir (set \`PEERS_WORK\` to keep it)."
} > "$H/RESULTS.md"
cat "$H/RESULTS.md"
log "wrote $H/RESULTS.md in ${T_TOTAL} s"

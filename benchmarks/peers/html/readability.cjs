// Mozilla Readability on the decoded dev pages, for benchmarks/peers/html/run.sh.
//
//   NODE_PATH=WORK/npm/node_modules node readability.cjs PAGES_TSV OUT_DIR [KEY...]
//
// PAGES_TSV is WORK/pages.tsv from pages.py (key, source, id, url, decoded_path, encoding, rule). For every page
// (or only the KEYs given): jsdom parses the decoded UTF-8 HTML as a string, with the page's URL from INDEX.tsv
// (scripts are not run, nothing is fetched), then `new Readability(doc).parse()`. Its `content` HTML is turned
// into text lines: block elements and <br> start a new line, whitespace is collapsed, empty lines are dropped.
// Writes OUT_DIR/<key>.txt (content lines) and OUT_DIR/<key>.title (article.title), and appends one line per
// page to OUT_DIR/status.tsv: key, ok|empty|error, milliseconds, message. A page that throws gets no .txt.
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "col", "colgroup", "dd",
  "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
  "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "legend", "li",
  "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "plaintext", "pre", "section", "select",
  "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul", "xmp",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "object", "head"]);

// Same whitespace as the corpus converter collapses: ASCII whitespace, nbsp, U+3000 and the other Unicode spaces.
const WS = /[\s\u00a0\u3000\u200b\ufeff]+/g;

function htmlToLines(html) {
  const dom = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const lines = [];
  let cur = "";
  const flush = () => {
    const t = cur.replace(WS, " ").trim();
    if (t) lines.push(t);
    cur = "";
  };
  const walk = (node) => {
    if (node.nodeType === 3) { cur += node.nodeValue; return; }
    if (node.nodeType !== 1) return;
    const tag = node.localName;
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(dom.window.document.body);
  flush();
  dom.window.close();
  return lines;
}

function main() {
  const [pagesTsv, outDir, ...only] = process.argv.slice(2);
  if (!pagesTsv || !outDir) {
    console.error("usage: node readability.cjs PAGES_TSV OUT_DIR [KEY...]");
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const rows = fs.readFileSync(pagesTsv, "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t"));
  const want = only.length ? new Set(only) : null;
  const status = path.join(outDir, "status.tsv");
  const virtualConsole = new VirtualConsole(); // drop jsdom's CSS / script noise
  for (const [key, , , url, decodedPath] of rows) {
    if (want && !want.has(key)) continue;
    const t0 = Date.now();
    let state = "error";
    let msg = "";
    try {
      const html = fs.readFileSync(decodedPath, "utf8");
      const dom = new JSDOM(html, { url: url || "http://localhost/", virtualConsole });
      const article = new Readability(dom.window.document).parse();
      const lines = article && article.content ? htmlToLines(article.content) : [];
      dom.window.close();
      fs.writeFileSync(path.join(outDir, key + ".txt"), lines.map((l) => l + "\n").join(""));
      fs.writeFileSync(path.join(outDir, key + ".title"), ((article && article.title) || "").replace(WS, " ").trim() + "\n");
      state = lines.length ? "ok" : "empty";
      msg = article ? `${lines.length} lines` : "parse() returned null";
    } catch (e) {
      msg = String((e && e.stack) || e).split("\n")[0];
      console.error(`readability: ${key}: ${msg}`);
    }
    fs.appendFileSync(status, `${key}\t${state}\t${Date.now() - t0}\t${msg.replace(/[\t\n]/g, " ")}\n`);
  }
}

main();

package org.linesift.train;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.linesift.Label;
import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs of short body lines that real articles carry and prose files lack: tables cut into cells, key–value
 * lists (document metadata, agendas, glossaries), reference lists and code listings. Real pages put these inside
 * the article, where a line model that has only seen prose calls them nav because they are short and look like
 * furniture. The words come from the article's own paragraphs (HanLP's dictionary words), the code from the code
 * files the user gives, a window of consecutive lines at a time.
 */
final class SynthBlocks {
    /** Code files, one list of non-blank lines each. */
    private final List<List<String>> code;
    /** Identifiers of 3–30 chars found in the code (names for glossaries). */
    private final List<String> identifiers = new ArrayList<>();

    private static final String[] FIELDS = {"时间", "时 间", "地点", "地 点", "主持人", "主讲人", "电话", "联系电话", "地址", "邮编",
            "邮政编码", "联系人", "备注", "名称", "类别", "分 类", "发布日期", "成文日期", "索引号", "发文机关", "主 席", "评论人", "报名时间",
            "截止日期", "适用范围", "负责人"};
    private static final String[] JOURNAL_TAIL = {"学报", "研究", "论坛", "评论", "科技", "经济", "管理", "杂志", "导刊"};
    private static final String[] REF_TYPES = {"[J]", "[M]", "[D]", "[C]", "[N]"};
    private static final java.util.regex.Pattern IDENT = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]{2,}");
    private static final String[] COMMENT = {"# ", "// ", "-- ", "<!-- "};

    /**
     * @param codeFiles text files of source code; their non-blank lines, stripped, become listings (none: no code
     *                  blocks are made)
     */
    SynthBlocks(List<Path> codeFiles) throws IOException {
        code = new ArrayList<>();
        for (Path p : codeFiles) {
            List<String> lines = new ArrayList<>();
            for (String l : BrandShapes.readUserFile(p)) {
                String t = l.replace('\t', ' ').strip();
                if (!t.isEmpty() && t.length() <= 160) lines.add(t);
            }
            if (lines.size() >= 3) code.add(lines);
            for (String l : lines) {
                java.util.regex.Matcher m = IDENT.matcher(l);
                while (m.find()) if (m.group().length() <= 30) identifiers.add(m.group());
            }
        }
    }

    /**
     * Operator mark of a block line while a page is being spammed: the spam operators leave such lines alone (a
     * table cell with a brand pasted in would teach that tables are spam), and the written corpus shows it as
     * {@code "-"}, an unchanged line.
     */
    static final String OP = "-block";

    /**
     * The article's paragraphs as body lines, with one block (two with probability 1/4) inserted between the
     * paragraphs after the first; block lines are body too, marked {@link #OP}.
     */
    List<GoldLine> insert(List<String> paras, List<String> headlines, Random r) {
        List<GoldLine> out = new ArrayList<>();
        for (String p : paras) out.add(new GoldLine(Label.BODY, p, "-"));
        if (out.size() < 2) return out;
        int blocks = r.nextInt(4) == 0 ? 2 : 1;
        for (int b = 0; b < blocks; b++) {
            List<String> block = block(paras, headlines, r);
            if (block.isEmpty()) continue;
            int at = 1 + r.nextInt(out.size());
            out.addAll(at, lines(block));
        }
        return out;
    }

    /** Block lines as body lines marked {@link #OP}. */
    static List<GoldLine> lines(List<String> block) {
        List<GoldLine> out = new ArrayList<>();
        for (String b : block) out.add(new GoldLine(Label.BODY, b, OP));
        return out;
    }

    /** One block of a random kind; empty when the article gives too few words for it. */
    List<String> block(List<String> paras, List<String> headlines, Random r) {
        List<String> words = words(paras);
        int kind = r.nextInt(code.isEmpty() ? 4 : 6);
        switch (kind) {
            case 0: return table(words, r);
            case 1: return keyValues(words, paras, r);
            case 2: return references(headlines, words, r);
            case 3: return glossary(words, identifiers, paras, r);
            default: return listing(paras, r);
        }
    }

    /** Dictionary nouns (HanLP's core dictionary tags them n…) of 2–4 Han chars in the paragraphs, in order (repeats kept). */
    static List<String> words(List<String> paras) {
        List<String> out = new ArrayList<>();
        Segmenter seg = Segmenter.get();
        int[] st = new int[512], en = new int[512], id = new int[512];
        for (String p : paras) {
            int len = Math.min(p.length(), 400);
            char[] c = new char[len];
            for (int i = 0; i < len; i++) c[i] = Normalizer.fold(p.charAt(i));
            int n = seg.segment(c, len, st, en, id);
            for (int t = 0; t < n; t++) {
                int l = en[t] - st[t];
                if (id[t] < 0 || l < 2 || l > 4) continue;
                boolean han = true;
                for (int k = st[t]; k < en[t]; k++) if (Character.UnicodeScript.of(c[k]) != Character.UnicodeScript.HAN) han = false;
                if (!han) continue;
                String w = new String(c, st[t], l);
                CoreDictionary.Attribute a = CoreDictionary.get(w);
                if (a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("n")) out.add(w);
            }
        }
        return out;
    }

    /** A table: a header row of words, then rows of a number, words and names; one cell a line or one row a line. */
    static List<String> table(List<String> words, Random r) {
        List<String> out = new ArrayList<>();
        if (words.size() < 6) return out;
        int cols = 2 + r.nextInt(4), rows = 2 + r.nextInt(9);
        boolean cellLines = r.nextInt(3) > 0;
        String sep = SynthPages.pick(new String[]{"  ", " ", " | ", "　"}, r);
        int[] type = new int[cols]; // 0 word, 1 number, 2 person, 3 word or 同上
        for (int c = 0; c < cols; c++) type[c] = c == 0 && r.nextBoolean() ? 1 : r.nextInt(4);
        List<String> row = new ArrayList<>();
        if (r.nextInt(4) > 0) {
            for (int c = 0; c < cols; c++) row.add(SynthPages.pick(words, r));
            emitRow(out, row, cellLines, sep);
        }
        for (int k = 0; k < rows; k++) {
            row.clear();
            for (int c = 0; c < cols; c++) {
                switch (type[c]) {
                    case 1: row.add(c == 0 ? String.valueOf(k + 1) : String.valueOf(1 + r.nextInt(r.nextBoolean() ? 30 : 2000))); break;
                    case 2: row.add(spaced(SynthPages.person(r), r)); break;
                    case 3: row.add(k > 0 && r.nextInt(3) == 0 ? "同上" : SynthPages.pick(words, r)); break;
                    default: row.add((r.nextInt(4) == 0 ? (k + 1) + "、" : "") + SynthPages.pick(words, r) + (r.nextBoolean() ? SynthPages.pick(words, r) : ""));
                }
            }
            emitRow(out, row, cellLines, sep);
        }
        return out;
    }

    private static void emitRow(List<String> out, List<String> row, boolean cellLines, String sep) {
        if (cellLines) out.addAll(row);
        else out.add(String.join(sep, row));
    }

    /** A two-char name is often padded with a space in tables and lists (王 伟). */
    private static String spaced(String name, Random r) {
        return name.length() == 2 && r.nextInt(3) == 0 ? name.charAt(0) + " " + name.charAt(1) : name;
    }

    /** Field–value lines (metadata of a document, an agenda): the field and its value on one line or on two. */
    static List<String> keyValues(List<String> words, List<String> paras, Random r) {
        List<String> out = new ArrayList<>();
        int n = 3 + r.nextInt(10);
        boolean split = r.nextInt(3) == 0;
        String colon = r.nextInt(4) == 0 ? ":" : "：";
        for (int k = 0; k < n; k++) {
            String key = r.nextInt(3) == 0 && !words.isEmpty() ? SynthPages.pick(words, r) : SynthPages.pick(FIELDS, r);
            String value;
            switch (r.nextInt(5)) {
                case 0: value = SynthPages.date(r); break;
                case 1: value = String.format("%d:%02d—%d:%02d", 8 + r.nextInt(10), r.nextInt(4) * 15, 9 + r.nextInt(10), r.nextInt(4) * 15); break;
                case 2: value = SynthPages.person(r) + "（" + SynthPages.siteName(r) + "）"; break;
                case 3: value = clause(paras, r); break;
                default: value = words.isEmpty() ? SynthPages.person(r) : SynthPages.pick(words, r) + SynthPages.pick(words, r);
            }
            if (value == null) value = SynthPages.person(r);
            if (split) { out.add(key + colon); out.add(value); }
            else out.add(key + colon + (r.nextInt(3) == 0 ? " " : "") + value);
        }
        return out;
    }

    /** A reference list: {@code [k]} alone or before the entry, author. title[J]. journal, year(issue): pages. */
    static List<String> references(List<String> headlines, List<String> words, Random r) {
        List<String> out = new ArrayList<>();
        if (headlines.isEmpty() || words.isEmpty()) return out;
        int n = 3 + r.nextInt(10);
        int style = r.nextInt(3); // 0 number on its own line, 1 number before the entry, 2 no number
        for (int k = 1; k <= n; k++) {
            String authors = SynthPages.person(r) + (r.nextInt(3) == 0 ? ", " + SynthPages.person(r) : "");
            String type = SynthPages.pick(REF_TYPES, r);
            int year = 1990 + r.nextInt(35);
            String source = type.equals("[M]") ? SynthPages.pick(words, r) + "出版社" : SynthPages.pick(words, r) + SynthPages.pick(JOURNAL_TAIL, r);
            String entry = authors + ". " + SynthPages.pick(headlines, r) + type + ". " + source + ", " + year
                    + (type.equals("[J]") ? "(" + (1 + r.nextInt(12)) + "): " + (1 + r.nextInt(90)) + "-" + (91 + r.nextInt(60)) : "") + ".";
            if (style == 0) { out.add("[" + k + "]"); out.add(entry); }
            else if (style == 1) out.add("[" + k + "] " + entry);
            else out.add(entry);
        }
        return out;
    }

    /** A glossary: {@code term：meaning} with the term an identifier from the code, or a word. */
    static List<String> glossary(List<String> words, List<String> identifiers, List<String> paras, Random r) {
        List<String> out = new ArrayList<>();
        if (words.size() < 4) return out;
        int n = 3 + r.nextInt(10);
        boolean latin = !identifiers.isEmpty() && r.nextBoolean();
        for (int k = 0; k < n; k++) {
            String term = latin ? SynthPages.pick(identifiers, r) : SynthPages.pick(words, r);
            String meaning = r.nextInt(3) == 0 ? clause(paras, r) : SynthPages.pick(words, r) + (r.nextBoolean() ? SynthPages.pick(words, r) : "");
            if (meaning == null) meaning = SynthPages.pick(words, r);
            out.add(term + (r.nextBoolean() ? "：" : ": ") + meaning);
        }
        return out;
    }

    /** A window of 3–30 consecutive lines of one code file, sometimes with comments taken from the article. */
    List<String> listing(List<String> paras, Random r) {
        List<String> out = new ArrayList<>();
        List<String> file = SynthPages.pick(code, r);
        int len = Math.min(file.size(), 3 + r.nextInt(28));
        int from = r.nextInt(file.size() - len + 1);
        String mark = SynthPages.pick(COMMENT, r);
        boolean comments = r.nextInt(3) == 0;
        for (int k = from; k < from + len; k++) {
            if (comments && r.nextInt(5) == 0) {
                String c = clause(paras, r);
                if (c != null && c.length() <= 30) out.add(mark + c);
            }
            out.add(file.get(k));
        }
        return out;
    }

    /** A random clause of 4–40 chars (end punctuation dropped) of a random paragraph, or null. */
    private static String clause(List<String> paras, Random r) {
        String p = SynthPages.pick(paras, r);
        List<String> cs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= p.length(); i++) {
            if (i < p.length() && SynthPages.CLAUSE_END.indexOf(p.charAt(i)) < 0) continue;
            String c = p.substring(start, i).strip();
            if (c.length() >= 4 && c.length() <= 40) cs.add(c);
            start = i + 1;
        }
        return cs.isEmpty() ? null : SynthPages.pick(cs, r);
    }
}

package org.linesift.train;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A 伪原创 spinner: replaces words by "synonyms" the way Chinese article spinners do. Two sources:
 * user tables ({@code 原词→替换词}, forward maximum matching on the raw string, as the tools do) and
 * HanLP's CoreSynonym (Cilin) groups (a different word of the same {@code =} group, preferably a rarer one).
 */
public final class Spinner {
    /** One replaceable occurrence: [start, end) of the line and the possible replacements. */
    public record Site(int start, int end, List<String> options) {}

    private final Map<String, List<String>> table = new HashMap<>(); // lookups only, never iterated
    private int maxKey = 0;
    private final boolean cilin;
    private final Map<String, List<String>[]> cilinCache = new HashMap<>(); // lookups only
    private Segment segment;

    /**
     * @param tables files of {@code 原词→替换词} lines (also {@code ->}, {@code =} or TAB); missing → {@link InvalidInputException}
     * @param cilin  whether to use HanLP's Cilin groups as well (always used when there are no tables)
     */
    public Spinner(List<Path> tables, boolean cilin) throws IOException {
        for (Path p : tables) {
            List<String> lines = BrandShapes.readUserFile(p);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (i == 0 && !l.isEmpty() && l.charAt(0) == '\uFEFF') l = l.substring(1);
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] kv = split(l);
                if (kv == null) continue; // tolerate junk lines: spinner tables are messy
                addPair(kv[0], kv[1]);
            }
        }
        this.cilin = cilin || table.isEmpty();
    }

    /** Adds one substitution (keys shorter than 2 characters are ignored: too noisy). */
    public void addPair(String from, String to) {
        from = from.strip();
        to = to.strip();
        if (from.codePointCount(0, from.length()) < 2 || to.isEmpty() || from.equals(to)) return;
        List<String> l = table.computeIfAbsent(from, k -> new ArrayList<>(2));
        if (!l.contains(to)) l.add(to);
        maxKey = Math.max(maxKey, from.length());
    }

    public int tableSize() { return table.size(); }

    private static String[] split(String l) {
        for (String sep : new String[]{"→", "->", "\t", "="}) {
            int i = l.indexOf(sep);
            if (i > 0 && i + sep.length() < l.length()) return new String[]{l.substring(0, i), l.substring(i + sep.length())};
        }
        return null;
    }

    /** Table occurrences, forward maximum matching, non-overlapping. */
    List<Site> tableSites(String line) {
        List<Site> out = new ArrayList<>();
        if (table.isEmpty()) return out;
        int n = line.length();
        for (int i = 0; i < n; ) {
            int found = 0;
            for (int len = Math.min(maxKey, n - i); len >= 2; len--) {
                List<String> opts = table.get(line.substring(i, i + len));
                if (opts != null) { out.add(new Site(i, i + len, opts)); found = len; break; }
            }
            i += found > 0 ? found : 1;
        }
        return out;
    }

    /** Cilin occurrences: segmented words of 2+ Chinese characters with a same-group synonym. */
    @SuppressWarnings("unchecked")
    List<Site> cilinSites(String line, Random r) {
        List<Site> out = new ArrayList<>();
        if (!cilin) return out;
        if (segment == null) segment = HanLP.newSegment().enableOffset(true);
        List<Term> terms = segment.seg(line);
        for (Term t : terms) {
            String w = t.word;
            if (w.length() < 2 || !allHan(w)) continue;
            String nat = t.nature == null ? "" : t.nature.toString();
            if (nat.startsWith("nr") || nat.startsWith("ns") || nat.startsWith("nt")) continue; // names stay
            List<String>[] c = cilinCache.computeIfAbsent(w, Spinner::cilinCandidates);
            if (c[0].isEmpty() && c[1].isEmpty()) continue;
            // prefer rarer synonyms, as spinners' output is full of odd words
            List<String> opts = !c[0].isEmpty() && (c[1].isEmpty() || r.nextInt(4) != 0) ? c[0] : (c[1].isEmpty() ? c[0] : c[1]);
            if (t.offset < 0 || t.offset + w.length() > line.length() || !line.startsWith(w, t.offset)) continue;
            out.add(new Site(t.offset, t.offset + w.length(), opts));
        }
        return out;
    }

    /** [rarer synonyms, other synonyms] of a word in its Cilin '=' group. */
    @SuppressWarnings("unchecked")
    private static List<String>[] cilinCandidates(String w) {
        List<String> rarer = new ArrayList<>(), other = new ArrayList<>();
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(w);
        if (item != null && item.type == Synonym.Type.EQUAL && item.synonymList != null) {
            int f = CoreDictionary.getTermFrequency(w);
            for (Synonym s : item.synonymList) {
                String x = s.realWord;
                if (x == null || x.equals(w) || x.length() < 2 || x.length() > w.length() + 2 || !allHan(x)) continue;
                if (x.contains(w) || w.contains(x)) continue;
                if (CoreDictionary.getTermFrequency(x) <= f) rarer.add(x); else other.add(x);
            }
        }
        return new List[]{rarer, other};
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) return false;
        return true;
    }

    /** All replaceable sites of a line (table first, then Cilin words that do not overlap them), in order. */
    public List<Site> sites(String line, Random r) {
        List<Site> t = tableSites(line);
        if (!cilin) return t;
        // with a table, a spinner sometimes also runs its thesaurus; without one, Cilin alone
        if (!t.isEmpty() && r.nextInt(2) == 0) return t;
        List<Site> c = cilinSites(line, r);
        List<Site> out = new ArrayList<>(t);
        for (Site s : c) {
            boolean overlap = false;
            for (Site u : t) if (s.start() < u.end() && u.start() < s.end()) { overlap = true; break; }
            if (!overlap) out.add(s);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** True when the line has at least one replaceable word. */
    public boolean canSpin(String line) {
        if (!tableSites(line).isEmpty()) return true;
        return cilin && !cilinSites(line, new Random(0)).isEmpty();
    }

    /**
     * Spins a line: replaces a {@code rate} share of its replaceable words (at least one). Returns the line
     * unchanged only when it has no replaceable word.
     */
    public String spin(String line, Random r, double rate) {
        List<Site> sites = sites(line, r);
        if (sites.isEmpty()) sites = cilin ? cilinSites(line, r) : sites;
        if (sites.isEmpty()) return line;
        boolean[] use = new boolean[sites.size()];
        int k = 0;
        for (int i = 0; i < use.length; i++) if (r.nextDouble() < rate) { use[i] = true; k++; }
        if (k == 0) use[r.nextInt(use.length)] = true;
        StringBuilder sb = new StringBuilder(line.length() + 8);
        int pos = 0;
        for (int i = 0; i < use.length; i++) {
            Site s = sites.get(i);
            if (!use[i]) continue;
            sb.append(line, pos, s.start()).append(s.options().get(r.nextInt(s.options().size())));
            pos = s.end();
        }
        sb.append(line.substring(pos));
        return sb.toString();
    }

    /** Spins with a random rate of 20–60%. */
    public String spin(String line, Random r) {
        return spin(line, r, 0.2 + 0.4 * r.nextDouble());
    }
}

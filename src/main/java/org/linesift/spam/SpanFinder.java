package org.linesift.spam;

import org.linesift.Span;
import org.linesift.feature.CharLm;
import org.linesift.feature.Hashing;
import org.linesift.feature.LmProbes;
import org.linesift.feature.PageFeaturizer;
import org.linesift.feature.TermSet;
import org.linesift.text.Addresses;
import org.linesift.text.BracketedTags;
import org.linesift.text.CharClass;
import org.linesift.text.Escaped;
import org.linesift.text.Garbled;
import org.linesift.text.Hidden;
import org.linesift.text.KnownBrands;
import org.linesift.text.LineCore;
import org.linesift.text.Normalizer;
import org.linesift.text.Segmenter;
import org.linesift.text.Stuffed;
import org.linesift.text.TradePhrases;
import org.linesift.text.PinyinRuns;
import org.linesift.feature.SynonymCosts;
import org.linesift.text.SynonymTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds where the spam sits inside a spun line: pinyin brackets, mojibake runs, injected brands (spam-lexicon
 * hits, Latin+digit codes and domains glued into Chinese text, and the span whose removal the clean-prose
 * language model likes best), shredded title fragments, and 伪原创 substitutions. Each detector is a plain
 * function of the line, the page's title line and the model's language model and lexicon. Immutable and
 * thread-safe; it allocates, so it is run only on lines already labelled spun.
 */
public final class SpanFinder {
    /** A deletion must save at least this much LM cost (1/8 bits) to mark a span as injected. */
    static final int MIN_DELETION_SAVING = 18 * 8;
    /** An insertion at a clause boundary must save at least this much LM cost (1/8 bits) to mark a brand. */
    static final int MIN_INSERTION_SAVING = 8 * 8;
    /** A synonym must be at least this much more likely (1/8 bits) to mark a substitution. */
    static final int MIN_SUBSTITUTION_GAIN = 8 * 8;
    /** Unigram surprisal (1/8 bits) above which a Han char counts as mojibake-like. */
    static final int RARE_CHAR = 17 * 8;

    private final CharLm lm;
    private final TermSet terms;
    private final SynonymCosts synonyms;
    private final Segmenter segmenter;

    /** Any of the arguments may be {@code null}; the detectors that need it are then skipped. */
    public SpanFinder(CharLm lm, TermSet terms, SynonymTable synonyms, Segmenter segmenter) {
        this.lm = lm;
        this.terms = terms;
        this.synonyms = lm == null || synonyms == null ? null : new SynonymCosts(lm, synonyms);
        this.segmenter = segmenter;
    }

    /**
     * The spans of one line, sorted by start and non-overlapping (on overlap the earlier-found kind wins:
     * mojibake, pinyin, brand codes and lexicon terms, title fragments, the insertion test's spans, the deletion
     * test's span, substitutions). A line whose spam a sure detector already found (escaped text, hidden words,
     * keyword stuffing, mojibake, pinyin, one of the page's spam terms or a well-known brand) is not searched for
     * title fragments, substitutions or the LM tests' brands: an article's lines repeat its title's words, the
     * synonym test flags ordinary words, and the LM tests mark any odd phrase, so on such a line these weak
     * detectors only add false spans. Beside a well-known brand or a page term, no code or lexicon word is a second
     * brand either ({@code GL8}, {@code 基础设施}). On dev's spun lines, compared with their original text, the first
     * lifted the precision of title-fragment spans from 0.20 to 0.75 and of substitution spans from 0.12 to 0.34
     * (session 26), the others the char precision on the brand lines from 0.75 to 0.99 (session 27;
     * models/README.md, "Spans" and "Session 27").
     *
     * @param line  the line as given
     * @param title the page's title line, or {@code null}
     */
    public List<Span> find(String line, String title) {
        return find(line, title, List.of());
    }

    /**
     * Like {@link #find(String, String)}, also marking as brands the page's spam terms ({@code pageTerms}, folded
     * by {@link Normalizer#fold}; see {@code PageFeaturizer.spamTerms}) wherever they are in the line.
     */
    public List<Span> find(String line, String title, List<String> pageTerms) {
        return find(line, title, pageTerms, null);
    }

    /**
     * Like {@link #find(String, String, List)}, and drops the brand spans that only the weak detectors found (a code
     * glued into the text, a spam-lexicon word, the LM tests' spans; not a well-known brand or a page term) whose
     * text, without its brackets or colon, {@code pageWord} says the page also uses in the lines it does not call
     * spun: that is the page's own word ({@code C2C} on a page about online shops), not an injection. On dev's spun
     * lines, compared with their original text (models/dev-spans.py), brand-span precision 0.624 → 0.661 with the
     * same recall. {@code pageWord} may be null.
     */
    public List<Span> find(String line, String title, List<String> pageTerms, Predicate<String> pageWord) {
        return find(line, title, pageTerms, pageWord, null);
    }

    /**
     * Like {@link #find(String, String, List, Predicate)}, for a line that may be a spinner's copy of {@code twin},
     * another line of the page as written (see {@code PageClassifier.lastTwins}; {@code null} for none). The words
     * the spinner swapped are then the line's substitution spans, and they explain it: only the sure detectors
     * are asked besides.
     */
    public List<Span> find(String line, String title, List<String> pageTerms, Predicate<String> pageWord, String twin) {
        List<Span> out = new ArrayList<>();
        if (line == null || line.isEmpty()) return out;
        char[] c = Normalizer.normalize(line).toCharArray();
        escapes(line, out);
        hidden(line, out);
        stuffing(line, c, out);
        mojibake(line, c, out);
        pinyin(line, c, out);
        for (String t : pageTerms) pageTerm(line, c, t.toCharArray(), out);
        List<Span> sure = List.copyOf(out);
        if (twin != null && swaps(line, c, twin, out)) return resolve(out);
        boolean termFound = false;
        for (Span sp : sure) termFound |= sp.kind() == Span.Kind.BRAND;
        boolean explained = brands(line, c, out, termFound) || !sure.isEmpty();
        if (title != null && !title.equals(line) && !explained) titleFragments(line, c, title, out);
        // the LM tests look for a brand no list names: on a line whose spam is found already they only add false spans
        if (lm != null && !explained) {
            // the LM tests share the mapped chars and their bigram costs
            int n = c.length;
            char[] m = new char[n];
            for (int k = 0; k < n; k++) m[k] = CharLm.map(c[k]);
            int[] q = new int[n + 1];
            LmProbes.bigramCosts(lm, m, n, q);
            insertion(line, c, m, q, out);
            // a kit injects one brand a line: the deletion test looks for it only where no other detector found one
            if (out.stream().noneMatch(sp -> sp.kind() == Span.Kind.BRAND)) deletion(line, c, m, q, out);
        }
        extendEnclosing(line, c, out);
        if (!explained) substitutions(line, c, out);
        if (pageWord != null) dropPageWords(line, out, sure, pageWord);
        dropAddresses(line, out);
        return resolve(out);
    }

    /**
     * Removes the brand spans that are an institution's address ({@link Addresses}: {@code （www.qingxi.gov.cn）}),
     * with its brackets or a char of decoration beside it: no spammer can register one.
     */
    private static void dropAddresses(String line, List<Span> out) {
        for (long r = Addresses.next(line, 0); r >= 0; r = Addresses.next(line, (int) r)) {
            int a = (int) (r >>> 32), b = (int) r;
            out.removeIf(sp -> sp.kind() == Span.Kind.BRAND && sp.start() >= a - 1 && sp.end() <= b + 1);
        }
    }

    /**
     * Removes the brand spans of {@code out} that hold no well-known brand, overlap none of the {@code sure} spans
     * (those the sure detectors found), and whose text without decorations {@code pageWord} accepts.
     */
    private static void dropPageWords(String line, List<Span> out, List<Span> sure, Predicate<String> pageWord) {
        out.removeIf(s -> {
            if (s.kind() != Span.Kind.BRAND || KnownBrands.nextHit(s.text(), 0) >= 0) return false;
            for (Span k : sure) if (s.start() < k.end() && k.start() < s.end()) return false;
            int a = s.start(), b = s.end();
            while (a < b && DECORATION_MARKS.indexOf(line.charAt(a)) >= 0) a++;
            while (b > a && DECORATION_MARKS.indexOf(line.charAt(b - 1)) >= 0) b--;
            return b - a >= 2 && pageWord.test(line.substring(a, b));
        });
    }

    /** Brackets and colons around a brand, as written. */
    private static final String DECORATION_MARKS = "【】[]()（）「」《》〔〕：: ";

    /** The runs of escaped text ({@link Escaped}) of an escaped line, as mojibake spans. */
    private static void escapes(String line, List<Span> out) {
        if (!Escaped.test(line)) return;
        for (long r = Escaped.nextRun(line, 0); r >= 0; r = Escaped.nextRun(line, (int) r)) {
            out.add(span(line, (int) (r >>> 32), (int) r, Span.Kind.MOJIBAKE));
        }
    }

    /** The runs of Han chars hidden by invisible chars or separators ({@link Hidden}), as brand spans: cleaning cuts them out. */
    private static void hidden(String line, List<Span> out) {
        for (long r = Hidden.nextRun(line, 0); r >= 0; r = Hidden.nextRun(line, (int) r)) {
            out.add(span(line, (int) (r >>> 32), (int) r, Span.Kind.BRAND));
        }
    }

    /** Every place of a keyword-stuffed line's keyword ({@link Stuffed}), as a brand span. */
    private static void stuffing(String line, char[] c, List<Span> out) {
        String w = Stuffed.keyword(line);
        if (w != null) {
            pageTerm(line, c, w.toCharArray(), out);
            return;
        }
        // a gambling keyword list: every item, name and trade word, is the kit's
        int[] items = Stuffed.tradeItems(line);
        if (items != null) for (int k = 0; k < items.length; k += 2) out.add(span(line, items[k], items[k + 1], Span.Kind.BRAND));
    }

    /** Every place of the page's spam term {@code t} in the line, as a brand span. */
    private static void pageTerm(String line, char[] c, char[] t, List<Span> out) {
        if (t.length == 0) return;
        for (int at = PageFeaturizer.termAt(c, 0, c.length, t, 0, t.length); at >= 0;
             at = PageFeaturizer.termAt(c, at + t.length, c.length, t, 0, t.length)) {
            out.add(span(line, at, at + t.length, Span.Kind.BRAND));
        }
    }

    private static List<Span> resolve(List<Span> spans) {
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            boolean clash = false;
            for (Span k : kept) if (s.start() < k.end() && k.start() < s.end()) { clash = true; break; }
            if (!clash) kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Span::start));
        return kept;
    }

    /**
     * The words of {@code line} (normalised: {@code c}) that differ from {@code twin}, a line whose core ({@link LineCore})
     * is as long as the line's, as
     * substitution spans: each run of differing chars, a run of one char widened to the word it sits in (the
     * neighbour the twin's char pairs with more cheaply, by the LM: 研讨 for 研究, not 讨人). Returns whether it
     * found any.
     */
    private boolean swaps(String line, char[] c, String twin, List<Span> out) {
        long lc = LineCore.of(line), tc = LineCore.of(twin);
        int from = LineCore.start(lc), n = LineCore.end(lc), shift = LineCore.start(tc) - from;
        if (n - from != LineCore.end(tc) - LineCore.start(tc)) return false;
        char[] t = Normalizer.normalize(twin).toCharArray();
        boolean any = false;
        for (int k = from; k < n; ) {
            if (c[k] == t[k + shift]) {
                k++;
                continue;
            }
            int a = k;
            while (k < n && c[k] != t[k + shift]) k++;
            int b = k;
            if (b - a == 1) {
                boolean left = a > from && CharClass.of(c[a - 1]) == CharClass.HAN, right = b < n && CharClass.of(c[b]) == CharClass.HAN;
                if (left && right && lm != null) {
                    int withLeft = lm.bigramQ(CharLm.map(t[a - 1 + shift]), CharLm.map(t[a + shift]));
                    int withRight = lm.bigramQ(CharLm.map(t[a + shift]), CharLm.map(t[b + shift]));
                    if (withLeft <= withRight) a--; else b++;
                } else if (left) {
                    a--;
                } else if (right) {
                    b++;
                }
            }
            out.add(span(line, a, b, Span.Kind.SUBSTITUTION));
            any = true;
        }
        return any;
    }

    private static Span span(String line, int a, int b, Span.Kind kind) {
        return new Span(a, b, kind, line.substring(a, b));
    }

    /**
     * Whether the line's char {@code j} looks misdecoded: Garbled's marks are traditional-looking chars, so they are
     * tested on the char as given, and the LM's rarity on its folded form {@code c[j]}.
     */
    private boolean mojibakeChar(String line, char[] c, int j) {
        char ch = c[j];
        int k = CharClass.of(ch);
        if (k == CharClass.LATIN1 || k == CharClass.BROKEN) return true;
        if (ch == '锟' || ch == '斤' || ch == '拷' || Garbled.isMark(line.charAt(j))) return true;
        return k == CharClass.HAN && lm != null && lm.unigramQ(ch) >= RARE_CHAR;
    }

    /**
     * Mojibake runs: rare Han chars, broken chars, Latin-1 pairs; two runs at most {@link #MOJIBAKE_GAP} chars
     * apart, with nothing but Han or garbled chars between them, are one.
     */
    private void mojibake(String line, char[] c, List<Span> out) {
        int n = c.length;
        int k = 0;
        int prev = -1, prevEnd = -1; // this detector's last span: its index in out, and its end
        while (k < n) {
            if (!mojibakeChar(line, c, k)) { k++; continue; }
            int j = k;
            int strong = 0, latin1 = 0;
            while (j < n && (mojibakeChar(line, c, j) || (c[j] == ' ' && j + 1 < n && mojibakeChar(line, c, j + 1)))) {
                int cls = CharClass.of(c[j]);
                if (cls == CharClass.BROKEN || c[j] == '锟') strong++;
                if (cls == CharClass.LATIN1) latin1++;
                j++;
            }
            // a lone rare Han char is usually a name; a run of them, or any broken char, is mojibake; so are two
            // Latin-1 chars (å ä¸), but one alone is a sign or a tone (© 2024, yè), as Garbled reads them
            if (latin1 >= 2) strong += latin1;
            if (j - k >= 3 || strong > 0) {
                if (prev >= 0 && k - prevEnd <= MOJIBAKE_GAP && insideGarble(c, prevEnd, k)) {
                    out.set(prev, span(line, out.get(prev).start(), j, Span.Kind.MOJIBAKE));
                } else {
                    prev = out.size();
                    out.add(span(line, k, j, Span.Kind.MOJIBAKE));
                }
                prevEnd = j;
            }
            k = j;
        }
    }

    /**
     * Most chars between two mojibake runs that make them one: text read with the wrong charset turns some of its
     * bytes into common Han chars ({@code 的}, {@code 生}), which the char test cannot tell from text. On dev's mojibake lines,
     * against their original text (models/dev-spans.py), char recall 0.887 → 0.966 and precision 0.985 → 0.980;
     * on score-spans 0.796 → 0.902 (precision 0.999 → 0.992).
     */
    static final int MOJIBAKE_GAP = 4;

    /** Whether {@code c[a..b)} may lie inside one garbled run: Han, other-script, broken or Latin-1 chars only. */
    private static boolean insideGarble(char[] c, int a, int b) {
        for (int k = a; k < b; k++) {
            int cls = CharClass.of(c[k]);
            if (cls != CharClass.HAN && cls != CharClass.OTHER && cls != CharClass.BROKEN && cls != CharClass.LATIN1) return false;
        }
        return true;
    }

    private static void pinyin(String line, char[] c, List<Span> out) {
        int n = c.length;
        for (int k = 1; k < n; k++) {
            char open = c[k];
            char close = open == '(' ? ')' : open == '[' ? ']' : 0;
            if (close == 0 || CharClass.of(c[k - 1]) != CharClass.HAN) continue;
            int j = k + 1;
            while (j < n && j - k <= 7 && CharClass.of(c[j]) == CharClass.LATIN) j++;
            if (j < n && j - k <= 7 && c[j] >= '1' && c[j] <= '5') j++;
            // a one-letter reading is in lower case (a, ē); a bracketed capital ([J], [D] after a title in a
            // reference list) is none
            boolean reading = j - k >= 3 || j - k == 2 && Character.isLowerCase(line.charAt(k + 1));
            if (j < n && c[j] == close && reading && CharClass.of(c[k + 1]) == CharClass.LATIN) {
                out.add(span(line, k, j + 1, Span.Kind.PINYIN));
                k = j;
            }
        }
        // tone marks, 【】 and pinyin glued in place of a character (overlaps with the above are resolved later)
        int[] run = new int[3];
        for (int k = 0; PinyinRuns.find(line, k, run); k = run[1]) out.add(span(line, run[0], run[1], Span.Kind.PINYIN));
    }

    /**
     * Adds the line's brand spans; returns whether it names a well-known brand ({@link KnownBrands}) or holds a
     * kit's phrase, appended or repeated ({@link TradePhrases}), or a tag it sets into two sentences
     * ({@link BracketedTags}): a sure sign.
     * With such a brand, or with {@code termFound} (a page term was found in the line), the weak ones (codes glued to
     * the text, lexicon words) are left out.
     */
    private boolean brands(String line, char[] c, List<Span> out, boolean termFound) {
        int n = c.length;
        boolean known = false;
        for (long r = KnownBrands.nextHit(line, 0); r >= 0; r = KnownBrands.nextHit(line, (int) r)) {
            out.add(span(line, (int) (r >>> 32), (int) r, Span.Kind.BRAND));
            known = true;
        }
        // a kit's phrase appended after a separator (标题|某某app下载): the name and its trade word
        int appended = TradePhrases.appended(line);
        if (appended >= 0) {
            int end = line.length();
            while (end > appended && line.charAt(end - 1) == ' ') end--;
            out.add(span(line, appended + 1, end, Span.Kind.BRAND));
            known = true;
        }
        // a kit's phrase that opens two or more clauses (某某官网目前…，某某官网每个…): every place of it
        known |= everyPlace(line, TradePhrases.repeated(line), TradePhrases::next, out);
        // a bracketed tag set after two or more clause marks (，(某某)商务车…，(某某)有国人): every place of it
        known |= everyPlace(line, BracketedTags.repeated(line), BracketedTags::next, out);
        // with a listed brand or a page term found, the kit's brand is known: a code or lexicon word beside it is the
        // text's own (GL8, 基础设施), not a second brand
        boolean weak = !known && !termFound;
        // Latin/digit codes and domains glued into Chinese text, and lexicon hits
        int k = 0;
        while (k < n) {
            int cls = CharClass.of(c[k]);
            if (CharClass.isAlnum(c[k])) {
                int j = CharClass.alnumRunEnd(c, k, n);
                int end = j;
                while (end + 1 < n && c[end] == '.' && CharClass.of(c[end + 1]) == CharClass.LATIN) end = CharClass.alnumRunEnd(c, end + 1, n);
                boolean letters = false, digits = false;
                for (int t = k; t < j; t++) { if (CharClass.of(c[t]) == CharClass.LATIN) letters = true; else digits = true; }
                boolean glued = (k > 0 && CharClass.of(c[k - 1]) == CharClass.HAN) || (end < n && CharClass.of(c[end]) == CharClass.HAN);
                boolean domain = end > j;
                boolean bracketed = k > 0 && end < n && "【([「《〔".indexOf(c[k - 1]) >= 0 && "】)]」》〕".indexOf(c[end]) >= 0;
                boolean lexicon = terms != null && terms.contains(Hashing.chars(c, k, j));
                // a bracketed lower-case code ((hfty), [yx]); not after a number, where it is a unit (5(kg))
                boolean code = bracketed && !digits && !domain && j - k >= 2 && j - k <= 8 && lowerCase(line, k, j)
                        && (k < 2 || !CharClass.isAlnum(c[k - 2]));
                if ((weak && ((glued || bracketed) && letters && digits && j - k <= 12)) || domain || code || (weak && lexicon && (glued || j - k >= 3))) {
                    out.add(span(line, k, end, Span.Kind.BRAND));
                }
                k = end;
                continue;
            }
            if (cls == CharClass.HAN && terms != null && weak) {
                int best = 0;
                for (int len = 4; len >= 2; len--) {
                    if (k + len > n) continue;
                    boolean han = true;
                    for (int t = k; t < k + len; t++) if (CharClass.of(c[t]) != CharClass.HAN) { han = false; break; }
                    // two-char lexicon terms are too often ordinary words (充电); they count next to a code only
                    if (han && terms.contains(Hashing.chars(c, k, k + len))
                            && (len >= 3 || (k > 0 && CharClass.isAlnum(c[k - 1])) || (k + len < n && CharClass.isAlnum(c[k + len])))) {
                        best = len;
                        break;
                    }
                }
                if (best > 0) {
                    out.add(span(line, k, k + best, Span.Kind.BRAND));
                    k += best;
                    continue;
                }
            }
            k++;
        }
        extendDecorations(line, c, out);
        mergeAdjacent(line, out, Span.Kind.BRAND);
        extendCallsToAction(line, c, out);
        return known;
    }

    /** The next place of the phrase {@code line[a..b)} at or after {@code from}, as {@code start << 32 | end}, or -1. */
    private interface NextPlace {
        long next(CharSequence line, int a, int b, int from);
    }

    /**
     * Adds a brand span for the repeated phrase {@code first} ({@code start << 32 | end}, or -1 for none) and for each
     * later place of it that {@code next} finds; returns whether there was one.
     */
    private static boolean everyPlace(String line, long first, NextPlace next, List<Span> out) {
        if (first < 0) return false;
        int a = (int) (first >>> 32), b = (int) first;
        for (long r = first; r >= 0; r = next.next(line, a, b, (int) r)) out.add(span(line, (int) (r >>> 32), (int) r, Span.Kind.BRAND));
        return true;
    }

    /** Whether the line as given holds only ASCII lower-case letters in {@code [a, b)} (the folded copy is all lower case). */
    private static boolean lowerCase(String line, int a, int b) {
        for (int k = a; k < b; k++) if (line.charAt(k) < 'a' || line.charAt(k) > 'z') return false;
        return true;
    }

    /**
     * Bracket pairs a kit wraps a brand in, as the folded text has them (full-width brackets read as ASCII): each
     * opening char at the index of its closing one in {@link #CLOSES}.
     */
    private static final String OPENS = "【([「《〔{", CLOSES = "】)]」》〕}";

    /**
     * Extends a brand span over what the kit wrapped it in: the brackets that hold it and nothing else
     * ({@code 【hg8868】}), and symbols right before it ({@code ★}, {@code ✅}, emoji). A mojibake span that such a
     * symbol made on its own goes.
     */
    private static void extendEnclosing(String line, char[] c, List<Span> out) {
        int n = c.length;
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.kind() != Span.Kind.BRAND) continue;
            int a = s.start(), b = s.end();
            boolean grown = true;
            while (grown) {
                grown = false;
                int open = a > 0 ? OPENS.indexOf(c[a - 1]) : -1;
                if (open >= 0 && b < n && CLOSES.charAt(open) == c[b]) { a--; b++; grown = true; }
                while (a > 0) {
                    int cp = Character.codePointBefore(line, a);
                    if (Character.getType(cp) != Character.OTHER_SYMBOL) break;
                    a -= Character.charCount(cp);
                    grown = true;
                }
            }
            // a brand set as a label at a clause start (，百老汇：以签合同…): the colon is the kit's too
            if (b < n && (c[b] == ':' || c[b] == '：') && (a == 0 || c[a - 1] == ' ' || CLAUSE_MARKS.indexOf(c[a - 1]) >= 0)) b++;
            if (a == s.start() && b == s.end()) continue;
            final int from = a, to = b;
            out.removeIf(o -> o.kind() == Span.Kind.MOJIBAKE && o.start() >= from && o.end() <= to);
            int at = out.indexOf(s);
            out.set(at, span(line, a, b, Span.Kind.BRAND));
            i = at;
        }
    }

    /**
     * Extends a brand span back over the one or two Han chars between a clause start and the brand when they are no
     * word (点招 + j9官网): spam kits glue a call to action to the brand. A word there (新款, 用) is left alone.
     */
    private void extendCallsToAction(String line, char[] c, List<Span> out) {
        if (segmenter == null) return;
        WordBuffers buf = new WordBuffers(2);
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.kind() != Span.Kind.BRAND) continue;
            int b = s.start();
            for (int a = Math.max(0, b - 2); a < b; a++) {
                if (!LmProbes.clauseStart(c, a) || !CharClass.allHan(c, a, b)) continue;
                if (!isDictionaryWord(c, a, b, buf)) out.set(i, span(line, a, s.end(), Span.Kind.BRAND));
                break;
            }
        }
    }

    /** Words spammers hang on a brand: 官网, 登录, 注册, 娱乐, 平台, … (generic brand morphology, no brand names). */
    static final String[] DECORATIONS = {"官网", "官方", "网站", "登录", "登陆", "注册", "娱乐", "平台", "体育", "国际",
            "棋牌", "彩票", "网址", "开户", "下载", "入口", "首页", "app", "官方网站", "娱乐城"};

    /** Extends brand spans over decoration words that follow them directly (j9 + 官网). */
    private static void extendDecorations(String line, char[] c, List<Span> out) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (s.kind() != Span.Kind.BRAND) continue;
            int end = s.end();
            boolean grown = true;
            while (grown) {
                grown = false;
                // a decoration word directly after the brand, or after up to 4 more Han chars (j9 九游会 官网)
                search:
                for (int gap = 0; gap <= 4; gap++) {
                    int at = end + gap;
                    if (gap > 0 && (at > c.length || CharClass.of(c[at - 1]) != CharClass.HAN)) break;
                    for (String d : DECORATIONS) {
                        if (at + d.length() <= c.length && new String(c, at, d.length()).equals(d)) {
                            end = at + d.length();
                            grown = true;
                            break search;
                        }
                    }
                }
            }
            if (end > s.end()) out.set(i, span(line, s.start(), end, Span.Kind.BRAND));
        }
    }

    /** Joins brand spans that touch or are separated by one char (九游+会, 官网). */
    private static void mergeAdjacent(String line, List<Span> out, Span.Kind kind) {
        List<Span> b = new ArrayList<>();
        for (int i = out.size() - 1; i >= 0; i--) if (out.get(i).kind() == kind) b.add(0, out.remove(i));
        b.sort(Comparator.comparingInt(Span::start));
        Span cur = null;
        for (Span s : b) {
            if (cur != null && s.start() <= cur.end() + 1) {
                int end = Math.max(cur.end(), s.end());
                cur = span(line, cur.start(), end, kind);
            } else {
                if (cur != null) out.add(cur);
                cur = s;
            }
        }
        if (cur != null) out.add(cur);
    }

    /**
     * The deletion test's span (see {@link LmProbes#bestDeletion}), if its saving is large; never a real word, and
     * never across a clause mark (an injected brand is one token: 停车位布局、晾晒 is two phrases of an enumeration).
     */
    private void deletion(String line, char[] c, char[] m, int[] q, List<Span> out) {
        int n = c.length;
        int[] best = new int[3];
        WordBuffers buf = new WordBuffers(n); // one set per line, not per candidate span
        // a span starts and ends on text, not punctuation; cutting a real word is never the fix
        LmProbes.bestDeletion(lm, m, n, q, (a, b) -> !isWordChar(m[a]) || !isWordChar(m[b - 1]) || hasClauseMark(m, a, b) || isDictionaryWord(c, a, b, buf), best);
        if (best[0] >= MIN_DELETION_SAVING) out.add(span(line, best[1], best[2], Span.Kind.BRAND));
    }

    /**
     * The insertion test's span at a clause boundary ({@code 【金鼎汇】}, {@code 鸿运来：}; see
     * {@link LmProbes#bestInsertion}), if its saving is large, and every other occurrence of the same text in the
     * line: spam kits inject one decorated brand two or three times.
     */
    private void insertion(String line, char[] c, char[] m, int[] q, List<Span> out) {
        int n = c.length;
        int[] best = new int[4];
        LmProbes.bestInsertion(lm, m, n, q, best);
        if (best[3] == 0 || best[0] < MIN_INSERTION_SAVING) return;
        int a = best[1], len = best[2] - best[1];
        List<Span> found = new ArrayList<>();
        for (int k = LmProbes.indexOf(c, n, a, len, 0); k >= 0; k = LmProbes.indexOf(c, n, a, len, k + len)) {
            found.add(span(line, k, k + len, Span.Kind.BRAND));
        }
        // "报名地点：…" opens many a clean line: a colon label at the line start counts only when it recurs
        if (best[3] == LmProbes.COLON && a == 0 && found.size() < 2) return;
        out.addAll(found);
    }

    /** Scratch arrays for segmenting candidate spans of one line. */
    private static final class WordBuffers {
        final char[] w;
        final int[] st, en, id;

        WordBuffers(int n) {
            w = new char[n];
            st = new int[n];
            en = new int[n];
            id = new int[n];
        }
    }

    private boolean isDictionaryWord(char[] c, int a, int b, WordBuffers buf) {
        if (segmenter == null) return false;
        int len = b - a;
        System.arraycopy(c, a, buf.w, 0, len);
        int[] st = buf.st, en = buf.en, id = buf.id;
        int n = segmenter.segment(buf.w, len, st, en, id);
        if (n == 1 && id[0] >= 0) return true;
        // made only of common dictionary words (充电 + 桩, 改造 + 资金): ordinary text
        for (int t = 0; t < n; t++) if (id[t] < 0 || en[t] - st[t] < 2 || segmenter.frequency(id[t]) < 5) return false;
        return n > 0;
    }

    private static boolean hasClauseMark(char[] m, int a, int b) {
        for (int i = a; i < b; i++) if (CLAUSE_MARKS.indexOf(m[i]) >= 0) return true;
        return false;
    }

    /** Marks that end a clause or separate the items of an enumeration, full-width and ASCII. */
    private static final String CLAUSE_MARKS = "，。、；：！？,;:!?";

    private static boolean isWordChar(char ch) {
        int k = CharClass.of(ch);
        return k == CharClass.HAN || k == CharClass.LATIN || k == CharClass.DIGIT;
    }

    private static void titleFragments(String line, char[] c, String title, List<Span> out) {
        char[] t = Normalizer.normalize(title).toCharArray();
        int n = c.length;
        List<Span> frags = new ArrayList<>();
        int k = 0;
        while (k < n - 1) {
            // longest run starting at k that occurs in the title
            int best = 0;
            for (int len = Math.min(8, n - k); len >= 2; len--) {
                if (CharClass.allHan(c, k, k + len) && occurs(t, c, k, len)) { best = len; break; }
            }
            if (best >= 2) {
                frags.add(span(line, k, k + best, Span.Kind.TITLE_FRAGMENT));
                k += best;
            } else {
                k++;
            }
        }
        // one shared phrase is normal prose; shredding scatters several fragments
        if (frags.size() >= 3) out.addAll(frags);
    }

    private static boolean occurs(char[] t, char[] c, int from, int len) {
        outer:
        for (int i = 0; i + len <= t.length; i++) {
            for (int j = 0; j < len; j++) if (t[i + j] != c[from + j]) continue outer;
            return true;
        }
        return false;
    }

    private void substitutions(String line, char[] c, List<Span> out) {
        if (synonyms == null || segmenter == null) return;
        int n = Math.min(c.length, 1024);
        int[] st = new int[n], en = new int[n], id = new int[n];
        int nt = segmenter.segment(c, n, st, en, id);
        for (int t = 0; t < nt; t++) {
            int gain = synonyms.gain(c, n, st[t], en[t]);
            if (gain != Integer.MIN_VALUE && gain >= MIN_SUBSTITUTION_GAIN) out.add(span(line, st[t], en[t], Span.Kind.SUBSTITUTION));
        }
    }
}

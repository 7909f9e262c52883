package org.linesift.feature;

/**
 * Which features a model was trained with. Stored in the model file, so an old model never silently meets
 * new feature code: the reader refuses a configuration whose {@link #featureVersion} it does not know.
 *
 * @param featureVersion version of the feature code that produced the model
 * @param hashBits       log2 of the hashed feature space
 * @param maxNgramChars  n-gram features look at no more than this many chars of a line
 * @param flags          bit set of the feature flags below ({@link #KNOWN_FLAGS} are all of them)
 */
public record FeatureConfig(int featureVersion, int hashBits, int maxNgramChars, int flags) {
    /** The feature version this code implements. */
    public static final int CURRENT_VERSION = 1;
    public static final int WORDS = 1;
    public static final int CHAR_TRIGRAMS = 2;
    public static final int LM = 4;
    public static final int CONTEXT = 8;
    /** Cilin substitution test: needs {@code LM} and {@code WORDS}. */
    public static final int SYNONYMS = 16;
    /** Spam-lexicon hits; the model then carries a {@link TermSet}. */
    public static final int LEXICON = 32;
    /** The LM deletion test for injected spans; needs {@code LM}. */
    public static final int DELETION = 64;
    /** The LM insertion test for spans at clause boundaries, with their repetition in the line and page; needs {@code LM}. */
    public static final int INSERTION = 128;
    /**
     * Markup features of lines cut from HTML ({@code HtmlLine.markup()}): the model was trained on HTML pages and
     * reads their markup when it is given; on text input these features are simply absent.
     */
    public static final int MARKUP = 256;
    /**
     * Each line's LM surprisal and deletion-test saving measured against the page's own median over its longer
     * Chinese lines: a poem, a forum thread or a list of names is unusual prose throughout, a spun line is unusual
     * next to its page. Needs {@code LM}.
     */
    public static final int PAGE_LM = 512;
    /**
     * More page context: the nearest date or time line above and below (a headline sits over its byline), and the
     * LM seams of title fragments in other lines (a shredded title breaks the sentence it is dropped into; a
     * paragraph that names the title's subject does not). Needs {@code LM} for the seams.
     */
    public static final int TITLE_CONTEXT = 1024;
    /**
     * Pinyin in any form ({@link org.linesift.text.PinyinRuns}): bracketed with tone marks, tone numbers, capitals
     * or 【】, and glued to the characters in place of one ({@code 烟yan台}), not only {@code 字(zi)}.
     */
    public static final int PINYIN_RUNS = 2048;
    /**
     * Word salad: the share of a line's Han characters that no dictionary word claims, function characters
     * ({@code 的 了 在}) aside. Shuffled text leaves many; clean prose few. Needs {@code WORDS}.
     */
    public static final int LOOSE_CHARS = 4096;
    /**
     * The LM seams of fragments of the page's lead line, its first prose line below the title, in other lines, as
     * {@link #TITLE_CONTEXT} measures title fragments: a shredder that takes the first article line as the page's
     * title scatters pieces of a paragraph, not of the headline. Needs {@code TITLE_CONTEXT} and {@code LM}.
     */
    public static final int LEAD_SEAMS = 8192;
    /**
     * The article's vocabulary: the share of a line's Han pairs that the page's prose lines (other than the line
     * itself) also use. A sub-heading, caption, list item or table cell of the article speaks its words; a menu, a
     * footer or a list of other stories mostly does not.
     */
    public static final int ARTICLE_VOCAB = 16384;
    /**
     * The page pass's view of the article's vocabulary: the share of a line's Han pairs that the lines the first
     * pass calls body (other than the line itself) use, so that a page without long prose lines (an agenda, a
     * table) still has an article to compare with.
     */
    public static final int BODY_VOCAB = 32768;
    /**
     * Line templates: how many other lines of the page start, and end, in the same shape (runs of Han, digits,
     * Latin and the other chars themselves). The rows of a forum list ({@code 标题【用户】08-12 11:59 338字 [164/0]})
     * or of a table share one; injected spam does not make lines alike.
     */
    public static final int TEMPLATES = 65536;
    /**
     * The page's own spam vocabulary, in the page pass: the injected spans ({@code 【万博】}, {@code bet365：}) of the
     * lines the first pass calls spun become terms, and a line that contains one found by another line is suspect
     * however the brand is dressed there ({@code 万博：3.4. …}, {@code …时，万博可以…}). Needs {@code INSERTION}.
     */
    public static final int SPAM_VOCAB = 131072;
    /**
     * A second page reference for {@link #PAGE_LM}: the lower quartile of the page's line surprisals. When many of
     * a page's lines are spam (half of its paragraphs shuffled into word salad), the median is itself spam's; the
     * lower quartile stays the clean lines'. Needs {@code PAGE_LM}.
     */
    public static final int PAGE_LM_LOW = 262144;
    /**
     * Digits as shapes in the lexical features (characters, character n-grams, words): every ASCII digit reads as
     * {@code 0}, so {@code 2019年} and {@code 2026年} are the same word. Which number a page prints is no evidence
     * of spam, and without this the weights learn the years of the training pages (and of a spam farm's dates).
     */
    public static final int DIGIT_SHAPES = 524288;
    /**
     * The char trigrams of the LM's prose ({@link CharLm#trigramSeen}): how far the share of a line's Han trigrams
     * the prose never has stands above the page's median share (with {@link #PAGE_LM}). A word salad of shuffled
     * pieces and a spun line's substitutes make trigrams that the bigram costs, each fine on its own, do not show.
     * Needs {@link #LM} from a model file whose LM has trigrams.
     */
    public static final int LM_TRIGRAMS = 1048576;
    /**
     * Shredded-title cuts: how many of a line's runs of title pairs (the title overlap features) begin or end
     * inside one of the title's words (HanLP's segmentation of the title). Prose that repeats the title repeats its words
     * ({@code 指挥棒}, {@code 学生}); a shredder cuts the title at any char ({@code 拿起跨}, {@code 生较着}). Needs
     * {@link #WORDS}.
     */
    public static final int SHRED_CUTS = 2097152;
    /**
     * Spinner words: how many of a line's 2-4 char Han stretches are words a 伪原创 table writes in place of others
     * and the LM's prose almost never uses ({@code 黉舍}, {@code 甚么}, {@code 生齿}); the model's term set holds
     * their hashes, salted ({@link Hashing#spinnerWord}). Spinners share their odd output words, so a table other
     * than the one the list came from writes many of them too. Needs {@link #LEXICON}.
     */
    public static final int SPIN_WORDS = 4194304;
    /** Every flag this code knows; a model file with any other bit set is refused. */
    public static final int KNOWN_FLAGS = (SPIN_WORDS << 1) - 1;

    public FeatureConfig {
        if (hashBits < 8 || hashBits > 24) throw new IllegalArgumentException("hashBits must be in 8..24, got " + hashBits);
        if (maxNgramChars < 16 || maxNgramChars > 1 << 16) throw new IllegalArgumentException("maxNgramChars out of range: " + maxNgramChars);
    }

    /** The default configuration for new models. */
    public static FeatureConfig defaults() {
        return new FeatureConfig(CURRENT_VERSION, 18, 1024, WORDS | CHAR_TRIGRAMS | LM | CONTEXT | SYNONYMS | DELETION | INSERTION);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public int dimension() {
        return 1 << hashBits;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("features v").append(featureVersion).append(", 2^").append(hashBits)
                .append(" hashed, n-grams over ").append(maxNgramChars).append(" chars");
        if (has(WORDS)) sb.append(", words");
        if (has(CHAR_TRIGRAMS)) sb.append(", char trigrams");
        if (has(LM)) sb.append(", char LM");
        if (has(CONTEXT)) sb.append(", page context");
        if (has(SYNONYMS)) sb.append(", synonym substitution test");
        if (has(LEXICON)) sb.append(", spam lexicon");
        if (has(DELETION)) sb.append(", deletion test");
        if (has(INSERTION)) sb.append(", insertion test");
        if (has(MARKUP)) sb.append(", HTML markup");
        if (has(PAGE_LM)) sb.append(", page-relative LM");
        if (has(TITLE_CONTEXT)) sb.append(", title context");
        if (has(PINYIN_RUNS)) sb.append(", pinyin runs");
        if (has(LOOSE_CHARS)) sb.append(", loose characters");
        if (has(LEAD_SEAMS)) sb.append(", lead-line seams");
        if (has(TEMPLATES)) sb.append(", line templates");
        if (has(ARTICLE_VOCAB)) sb.append(", article vocabulary");
        if (has(BODY_VOCAB)) sb.append(", first-pass body vocabulary");
        if (has(SPAM_VOCAB)) sb.append(", first-pass spam vocabulary");
        if (has(PAGE_LM_LOW)) sb.append(", page LM lower quartile");
        if (has(DIGIT_SHAPES)) sb.append(", digits as shapes");
        if (has(LM_TRIGRAMS)) sb.append(", LM trigrams");
        if (has(SHRED_CUTS)) sb.append(", shredded-title cuts");
        if (has(SPIN_WORDS)) sb.append(", spinner words");
        return sb.toString();
    }
}

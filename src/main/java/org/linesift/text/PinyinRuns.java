package org.linesift.text;

/**
 * Finds pinyin written into Chinese text, the obfuscation spammers use to get keywords past filters:
 * bracketed after a character ({@code 烟(yan)台}, {@code 烟（yān）台}, {@code 烟[YAN]台}, {@code 烟【yan】台}) or
 * glued to the characters in place of a character or beside it ({@code 烟yan台}, {@code yan台市}).
 *
 * <p>A run is a maximal run of Latin letters (tone-marked vowels and {@code ü} included) that spells one Mandarin
 * syllable (the 410 syllables of HanLP's pinyin table, less the one-letter {@code a e o}), either all lower case or,
 * from three letters, all upper case, or two or three such syllables in lower case ({@code xiagang}), with no digit
 * touching it except a tone number right after it. It counts
 * as <em>bracketed</em> when brackets enclose exactly it (and a tone number) right after a Han character, and
 * as <em>glued</em> when it is in lower case and a Han character touches it on either side. A run touching
 * {@code @ . _ - / :} (mail, domains, paths) is neither. Clean Chinese text rarely has either: on the
 * 29,814 lines of the corpus's real pages, 5 lines have one glued run and 2 have two ({@code mi来mi去}).
 *
 * <p>Stateless, allocation-free, linear in the line length, thread-safe.
 */
public final class PinyinRuns {
    private PinyinRuns() {}

    /** Kinds written by {@link #find}. */
    public static final int GLUED = 1, BRACKETED = 2;

    private static final String SYLLABLES = "ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo"
            + " bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai"
            + " chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia"
            + " dian diao die ding diu dong dou du duan dui dun duo ei en eng er fa fan fang fei fen feng fiao fo fou fu"
            + " ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he"
            + " hei hen heng hong hou hu hua huai huan huang hui hun huo ja ji jia jian jiang jiao jie jin jing jiong jiu"
            + " ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai"
            + " lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma"
            + " mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen"
            + " neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve ou pa pai pan pang pao pei pen"
            + " peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun"
            + " ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan"
            + " shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan"
            + " sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan"
            + " wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yai yan yang"
            + " yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang"
            + " zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan"
            + " zui zun zuo";
    /** Longest syllable, in letters. */
    private static final int MAX = 6;
    /** Neighbours that make a run part of an address or a name in code, not text. */
    private static final String JOINERS = "@._-/:\\&=#";
    /** Longest run looked at: three syllables. */
    private static final int MAX_RUN = 3 * MAX;
    /** The syllables packed 5 bits a letter (a = 1), in a sorted array. */
    private static final int[] KEYS;
    /** Base letter (lower case) of the tone-marked vowels and ü, indexed from U+00E0; 0 = not a pinyin letter. */
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙÜ";
    private static final String TONED_BASE = "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUUV";

    static {
        String[] s = SYLLABLES.split(" ");
        KEYS = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            int k = 0;
            for (int j = 0; j < s[i].length(); j++) k = k << 5 | (s[i].charAt(j) - 'a' + 1);
            KEYS[i] = k;
        }
        java.util.Arrays.sort(KEYS);
    }

    /** The base letter of a pinyin letter (tone marks dropped, ü as v, case kept), or 0. */
    private static char base(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return c;
        if (c < 0xC0) return 0;
        int t = TONED.indexOf(c);
        return t < 0 ? 0 : TONED_BASE.charAt(t);
    }

    private static boolean isHan(char c) {
        return CharClass.of(c) == CharClass.HAN;
    }

    /** Full-width ASCII as ASCII, case kept. */
    private static char narrow(char c) {
        return c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c;
    }

    /**
     * Finds the first pinyin run in {@code line[from..)}. On success writes the span it occupies into
     * {@code out[0..1]} (start inclusive, end exclusive; with its brackets when bracketed) and its kind into
     * {@code out[2]}, and returns true.
     */
    public static boolean find(CharSequence line, int from, int[] out) {
        long r = next(line, from);
        if (r < 0) return false;
        out[0] = (int) (r >>> 36);
        out[1] = (int) (r >>> 4);
        out[2] = (int) (r & 0xF);
        return true;
    }

    /**
     * True when {@code line} is pinyin-obfuscated beyond doubt: at least 6 Han characters and two glued runs, two
     * bracketed runs, or three runs in all. On the dev set this holds for all 66 pinyin lines and for no clean
     * line; on the corpus's 29,814 real-page lines for one ({@code by mi来mi去}), on 100,000 lines of headlines and
     * news for two.
     */
    public static boolean obfuscated(CharSequence line) {
        int runs = count(line);
        if (!obfuscated(runs, 6)) return false;
        int han = 0;
        for (int k = 0, n = line.length(); k < n && han < 6; k++) if (isHan(line.charAt(k))) han++;
        return han >= 6;
    }

    /** {@link #obfuscated(CharSequence)} from a line's {@link #count} and its number of Han characters. */
    public static boolean obfuscated(int runs, int hanChars) {
        int glued = runs & 0xFFFF, bracketed = runs >>> 16;
        return hanChars >= 6 && (glued >= 2 || bracketed >= 2 || glued + bracketed >= 3);
    }

    /** The number of glued runs (low 16 bits) and of bracketed runs (high 16 bits) in {@code line}. */
    public static int count(CharSequence line) {
        int glued = 0, bracketed = 0;
        for (long r = next(line, 0); r >= 0; r = next(line, (int) (r >>> 4))) {
            if ((r & 0xF) == GLUED) glued++; else bracketed++;
        }
        return Math.min(0xFFFF, bracketed) << 16 | Math.min(0xFFFF, glued);
    }

    /** Whether the letters {@code line[s..e)} spell one syllable, or (all lower case) two or three of two letters or more. */
    private static boolean syllables(CharSequence line, int s, int e) {
        if (e - s <= MAX && isSyllable(line, s, e)) return true;
        if (base(narrow(line.charAt(s))) <= 'Z') return false;
        // two or three syllables: try every split (at most 5 x 5 lookups)
        for (int a = s + 2; a <= Math.min(e - 2, s + MAX); a++) {
            if (!isSyllable(line, s, a)) continue;
            if (e - a <= MAX && isSyllable(line, a, e)) return true;
            for (int b = a + 2; b <= Math.min(e - 2, a + MAX); b++) {
                if (e - b <= MAX && isSyllable(line, a, b) && isSyllable(line, b, e)) return true;
            }
        }
        return false;
    }

    private static boolean isSyllable(CharSequence line, int s, int e) {
        if (e - s < 2 || e - s > MAX) return false;
        int key = 0;
        for (int k = s; k < e; k++) {
            char b = base(narrow(line.charAt(k)));
            if (b <= 'Z') b = (char) (b + 32);
            key = key << 5 | (b - 'a' + 1);
        }
        return java.util.Arrays.binarySearch(KEYS, key) >= 0;
    }

    /** The next run from {@code from}, packed as start << 36 | end << 4 | kind, or -1. */
    private static long next(CharSequence line, int from) {
        int n = line.length();
        int k = Math.max(0, from);
        while (k < n) {
            if (base(narrow(line.charAt(k))) == 0) { k++; continue; }
            int s = k, upper = 0, lower = 0;
            while (k < n) {
                char b = base(narrow(line.charAt(k)));
                if (b == 0) break;
                if (b <= 'Z') upper++; else lower++;
                k++;
            }
            int e = k, len = e - s;
            if (len < 2 || len > MAX_RUN || (upper > 0 && (lower > 0 || len < 3))) continue;
            if (!syllables(line, s, e)) continue;
            char left = s > 0 ? narrow(line.charAt(s - 1)) : 0;
            int after = e;
            char right = after < n ? narrow(line.charAt(after)) : 0;
            if (right >= '1' && right <= '5') right = ++after < n ? narrow(line.charAt(after)) : 0;
            if (CharClass.of(left) == CharClass.DIGIT || CharClass.of(right) == CharClass.DIGIT) continue;
            if (JOINERS.indexOf(left) >= 0 || JOINERS.indexOf(right) >= 0) continue; // mail, domain, path, code
            char close = left == '(' ? ')' : left == '[' ? ']' : left == '【' ? '】' : 0;
            if (close != 0 && right == close && s >= 2 && isHan(line.charAt(s - 2))) {
                return (long) (s - 1) << 36 | (long) (after + 1) << 4 | BRACKETED;
            }
            if (after == e && upper == 0 && (isHan(left) || isHan(right))) {
                return (long) s << 36 | (long) e << 4 | GLUED;
            }
        }
        return -1;
    }
}

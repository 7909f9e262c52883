package org.linesift;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled default model on a page written by hand for this test (invented news, no corpus text). */
class BundledModelTest {
    static LineSift sift;

    /** Each line with the label a careful human gives it. */
    static final Object[][] PAGE = {
            {Label.NAV, "首页 | 国内 | 国际 | 财经 | 体育 | 娱乐 | 科技 | 汽车 | 房产"},
            {Label.NAV, "当前位置：首页 > 新闻中心 > 社会民生"},
            {Label.BODY, "青溪市老旧小区改造全面启动 今年惠及三万余户居民"},
            {Label.NAV, "2031-03-18 09:42 来源：青溪日报 作者：周晓岚 责任编辑：陈默"},
            {Label.BODY, "记者从青溪市住房和城乡建设局获悉，今年全市将对一百二十个老旧小区实施改造，涉及居民三万余户，改造内容包括管网更新、外墙保温、加装电梯和停车设施建设。"},
            {Label.BODY, "市住建局有关负责人介绍，改造工作坚持“先民生后提升”的原则，优先解决漏水、停电、排水不畅等群众反映强烈的问题。各街道已完成入户调查，收集居民意见四千余条。"},
            {Label.SPUN, "据悉，今年的改造资金由市、区两级财政共同承担，点招j9九游会官网同时引入社会资本参与停车场和充电桩的建设运营，预计总投资超过十五亿元。"},
            {Label.BODY, "在已经开工的南门街道试点小区，施工队正在更换老化的供水管道。居民王阿姨告诉记者，过去一到夏天水压就不够，住在六楼经常没水用，这次改造完成后问题有望彻底解决。"},
            {Label.SPUN, "锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷"},
            {Label.BODY, "据了解，全部改造项目计划于今年十一月底前完工，市里将组织第三方机构对工程质量进行验收，并在小区公示栏公开验收结果，接受居民监督。"},
            {Label.NAV, "相关新闻"},
            {Label.NAV, "· 青溪市新增三处城市口袋公园"},
            {Label.NAV, "· 南门街道开展夏季用电安全检查"},
            {Label.NAV, "· 全市公交线路优化调整方案公布"},
            {Label.NAV, "分享到：微信 微博 QQ空间"},
            {Label.NAV, "网友评论 0 条 我要评论"},
            {Label.NAV, "关于我们 | 联系我们 | 广告服务 | 网站地图"},
            {Label.NAV, "Copyright © 2031 青溪日报社 版权所有 青ICP备20310318号-1"},
    };

    /** The texts of {@link #PAGE}, in a list the test may change. */
    static List<String> pageLines() {
        List<String> lines = new ArrayList<>();
        for (Object[] row : PAGE) lines.add((String) row[1]);
        return lines;
    }

    @BeforeAll
    static void load() {
        assumeTrue(LineSift.class.getResource(LineSift.DEFAULT_MODEL) != null,
                "bundled model not on the classpath (run models/build-default.sh, then mvn package)");
        sift = LineSift.load();
    }

    @Test
    void labelsAHandWrittenPage() {
        List<String> lines = pageLines();
        assertLabelsOfPage(lines);
    }

    /**
     * {@link #PAGE} in traditional characters (as a Taiwanese or Hong Kong site writes it; the mojibake line is
     * bytes misread, so it stays 锟斤拷): the normaliser folds it back, so the labels are the same.
     */
    static final String[] TRADITIONAL = {
            "首頁 | 國內 | 國際 | 財經 | 體育 | 娛樂 | 科技 | 汽車 | 房產",
            "當前位置：首頁 > 新聞中心 > 社會民生",
            "青溪市老舊小區改造全面啓動 今年惠及三萬餘戶居民",
            "2031-03-18 09:42 來源：青溪日報 作者：周曉嵐 責任編輯：陳默",
            "記者從青溪市住房和城鄉建設局獲悉，今年全市將對一百二十個老舊小區實施改造，涉及居民三萬餘戶，改造內容包括管網更新、外牆保溫、加裝電梯和停車設施建設。",
            "市住建局有關負責人介紹，改造工作堅持「先民生後提升」的原則，優先解決漏水、停電、排水不暢等羣衆反映強烈的問題。各街道已完成入戶調查，收集居民意見四千餘條。",
            "據悉，今年的改造資金由市、區兩級財政共同承擔，點招j9九遊會官網同時引入社會資本參與停車場和充電樁的建設運營，預計總投資超過十五億元。",
            "在已經開工的南門街道試點小區，施工隊正在更換老化的供水管道。居民王阿姨告訴記者，過去一到夏天水壓就不夠，住在六樓經常沒水用，這次改造完成後問題有望徹底解決。",
            "锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷",
            "據瞭解，全部改造項目計劃於今年十一月底前完工，市裏將組織第三方機構對工程質量進行驗收，並在小區公示欄公開驗收結果，接受居民監督。",
            "相關新聞",
            "· 青溪市新增三處城市口袋公園",
            "· 南門街道開展夏季用電安全檢查",
            "· 全市公交線路優化調整方案公佈",
            "分享到：微信 微博 QQ空間",
            "網友評論 0 條 我要評論",
            "關於我們 | 聯繫我們 | 廣告服務 | 網站地圖",
            "Copyright © 2031 青溪日報社 版權所有 青ICP備20310318號-1",
    };

    @Test
    void theSamePageInTraditionalCharactersGetsTheSameLabels() {
        assertLabelsOfPage(List.of(TRADITIONAL));
    }

    /**
     * {@link #PAGE} with its mojibake line replaced by a sentence left in an escape code (HTML entities, backslash-u
     * escapes, percent-encoded UTF-8): spun by rule whatever the model says, the whole line is one mojibake span,
     * and its cleaned text is the sentence again.
     */
    @Test
    void aLineLeftInAnEscapeCodeIsSpun() {
        String sentence = "据了解，全部改造项目计划于今年十一月底前完工。";
        StringBuilder entities = new StringBuilder(), escapes = new StringBuilder();
        for (char c : sentence.toCharArray()) {
            entities.append("&#").append((int) c).append(';');
            escapes.append(String.format("\\u%04x", (int) c));
        }
        String percent = java.net.URLEncoder.encode(sentence, java.nio.charset.StandardCharsets.UTF_8);
        int row = 8;
        assertEquals(Label.SPUN, PAGE[row][0]);
        for (String escaped : List.of(entities.toString(), escapes.toString(), percent)) {
            List<String> lines = pageLines();
            lines.set(row, escaped);
            assertLabelsOfPage(lines);
            LineResult line = sift.classify(lines).get(row);
            assertTrue(line.probability(Label.SPUN) >= 0.95f, escaped);
            assertEquals(List.of(new Span(0, escaped.length(), Span.Kind.MOJIBAKE, escaped)), line.spans(), escaped);
            assertEquals(sentence, line.cleanedText(), "cleaning decodes the escapes");
        }
    }

    /**
     * {@link #PAGE} with its injected brand written in Han chars with a zero-width joiner between each: spun by rule,
     * and the hidden run is a brand span, which cleaning cuts out.
     */
    @Test
    void aBrandHiddenByInvisibleCharsIsSpunAndCutOut() {
        int row = 6;
        String brand = "点招j9九游会官网", hidden = String.join("\u200d", "金鼎汇官网注册".split(""));
        List<String> lines = pageLines();
        assertTrue(lines.get(row).contains(brand));
        lines.set(row, lines.get(row).replace(brand, hidden));
        assertLabelsOfPage(lines);
        LineResult line = sift.classify(lines).get(row);
        assertTrue(line.probability(Label.SPUN) >= 0.95f);
        int at = lines.get(row).indexOf(hidden);
        assertTrue(line.spans().contains(new Span(at, at + hidden.length(), Span.Kind.BRAND, hidden)), line.spans().toString());
        assertTrue(line.cleanedText().startsWith("据悉，今年的改造资金由市、区两级财政共同承担，同时引入社会资本"), line.cleanedText());
    }

    /**
     * A well-known gambling brand that the model alone lets pass as prose (spun 0.26 for both lines below with the
     * session-18 model) is spun by {@link org.linesift.text.KnownBrands}: as a colon label opening the line, and
     * bare, opening two clauses. The brand is the line's only span: with it found, the deletion test adds none
     * (on its own it would cut 停车场和充电桩 from this line).
     */
    @Test
    void aWellKnownGamblingBrandIsSpun() {
        int row = 6;
        String clean = "据悉，今年的改造资金由市、区两级财政共同承担，同时引入社会资本参与停车场和充电桩的建设运营，预计总投资超过十五亿元。";
        String label = "美高梅：" + clean;
        String bare = clean.replace("同时", "万博同时").replace("预计", "万博预计");
        for (String text : List.of(label, bare)) {
            List<String> lines = pageLines();
            lines.set(row, text);
            assertLabelsOfPage(lines);
            LineResult line = sift.classify(lines).get(row);
            assertTrue(line.probability(Label.SPUN) >= 0.8f, text);
        }
        List<String> lines = pageLines();
        lines.set(row, bare);
        LineResult line = sift.classify(lines).get(row);
        assertEquals(List.of(new Span(23, 25, Span.Kind.BRAND, "万博"), new Span(48, 50, Span.Kind.BRAND, "万博")), line.spans());
        assertEquals(clean, line.cleanedText());
    }

    /**
     * An institution's site named in a sentence is not an injected domain ({@link org.linesift.text.Addresses}): the
     * model alone calls such a line spun, as it calls a casino's domain in the same place.
     */
    @Test
    void anInstitutionsSiteInASentenceIsNotSpamButACasinosIs() {
        int row = 5;
        String gov = "市住建局有关负责人介绍，居民可登录市住建局网站（www.qingxi.gov.cn）查询改造进度，也可拨打服务热线咨询。";
        String casino = gov.replace("www.qingxi.gov.cn", "www.8866bet.vip");
        List<String> lines = pageLines();
        lines.set(row, gov);
        assertLabelsOfPage(lines);
        LineResult line = sift.classify(lines).get(row);
        assertTrue(line.probability(Label.SPUN) < 0.3f, line.toString());
        assertEquals(List.of(), line.spans());
        lines.set(row, casino);
        line = sift.classify(lines).get(row);
        assertEquals(Label.SPUN, line.label());
        assertEquals(List.of(new Span(28, 39, Span.Kind.BRAND, "8866bet.vip")), line.spans());
    }

    /**
     * A line of search phrases stuffed with one keyword is spun by its form ({@link org.linesift.text.Stuffed})
     * wherever it stands, and each place of the keyword is a span. The model alone calls this line body (spun 0.28).
     */
    @Test
    void aKeywordStuffedLineIsSpun() {
        String stuffed = "北京装修公司 北京装修报价 北京装修设计 北京装修效果图 北京装修公司排名 北京装修多少钱";
        List<String> lines = pageLines();
        lines.add(9, stuffed);
        LineResult line = sift.classify(lines).get(9);
        assertEquals(Label.SPUN, line.label());
        assertTrue(line.probability(Label.SPUN) >= 0.95f);
        assertEquals(6, line.spans().size(), line.spans().toString());
        assertEquals(new Span(7, 11, Span.Kind.BRAND, "北京装修"), line.spans().get(1));
    }

    /**
     * A year is not spam: {@link #PAGE} dated in other years, with its "今年" (this year) written as the year
     * itself, gets the same labels and the same probabilities as dated 2024, since every year reads as one. The
     * session-15 model, whose spam lexicon held 2026 and 2027 from the dates of a spam farm's documents, moved a body
     * line by 0.066 for 2026, and session 18's first rebuild, without them, still by 0.027 (models/README.md).
     */
    @Test
    void theYearOfAPageDoesNotChangeItsLabels() {
        PageResult base = sift.classify(pageDated("2024"));
        for (String year : List.of("1998", "2019", "2026", "2027", "2031")) {
            List<String> lines = pageDated(year);
            assertLabelsOfPage(lines);
            PageResult r = sift.classify(lines);
            for (int i = 0; i < PAGE.length; i++) {
                for (Label l : Label.values()) {
                    assertEquals(base.get(i).probability(l), r.get(i).probability(l), 1e-6, year + ", " + l + ": " + lines.get(i));
                }
            }
        }
    }

    /**
     * GBK pages often indent paragraphs with U+E5E5 (how decoders read the byte pair A3 A0), a private-use char: it
     * is read as the full-width space it stands for, so the page gets the labels and probabilities it gets when
     * indented with U+3000.
     */
    @Test
    void paragraphsIndentedWithTheGbkSpaceReadAsIndentedWithIdeographicSpaces() {
        List<String> gbk = new ArrayList<>(), ideographic = new ArrayList<>();
        for (Object[] row : PAGE) {
            String text = (String) row[1];
            boolean indent = row[0] == Label.BODY;
            gbk.add(indent ? "\uE5E5\uE5E5" + text : text);
            ideographic.add(indent ? "\u3000\u3000" + text : text);
        }
        assertLabelsOfPage(gbk);
        PageResult a = sift.classify(gbk), b = sift.classify(ideographic);
        for (int i = 0; i < PAGE.length; i++) {
            for (Label l : Label.values()) assertEquals(b.get(i).probability(l), a.get(i).probability(l), 1e-6, gbk.get(i));
        }
    }

    /** {@link #PAGE} dated {@code year} (its ICP registration number, which is no year, stays as it is). */
    private static List<String> pageDated(String year) {
        List<String> lines = new ArrayList<>();
        for (Object[] row : PAGE) {
            lines.add(((String) row[1]).replace("2031-", year + "-").replace("© 2031", "© " + year).replace("今年", year + "年"));
        }
        return lines;
    }

    private static void assertLabelsOfPage(List<String> lines) {
        PageResult r = sift.classify(lines);
        assertEquals(PAGE.length, r.size());
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < PAGE.length; i++) {
            if (r.get(i).label() != PAGE[i][0]) {
                wrong.append(String.format("%n  line %d: expected %s, got %s (body %.2f nav %.2f spun %.2f) %s", i, PAGE[i][0],
                        r.get(i).label(), r.get(i).probability(Label.BODY), r.get(i).probability(Label.NAV),
                        r.get(i).probability(Label.SPUN), lines.get(i)));
            }
        }
        assertEquals("", wrong.toString(), "misclassified lines");
        assertTrue(r.hasSpam());
    }

    @Test
    void spansAndCleanedTextOfTheInjectedLines() {
        List<String> lines = pageLines();
        PageResult r = sift.classify(lines);
        LineResult brand = r.get(6);
        // the call to action (点招, "click to join") is part of the injection: the spam vocabulary's term starts there
        assertEquals(List.of(new Span(23, 32, Span.Kind.BRAND, "点招j9九游会官网")), brand.spans());
        assertEquals("据悉，今年的改造资金由市、区两级财政共同承担，同时引入社会资本参与停车场和充电桩的建设运营，预计总投资超过十五亿元。",
                brand.cleanedText());
        LineResult garbled = r.get(8);
        assertEquals(List.of(new Span(0, 21, Span.Kind.MOJIBAKE, "锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷")), garbled.spans());
        assertEquals(garbled.text(), garbled.cleanedText(), "mojibake is pointed at, not cut");
        for (LineResult l : r) if (l.label() != Label.SPUN) assertEquals(List.of(), l.spans());
        assertEquals(Verdict.SPAMMED, r.verdict());
        assertEquals(2.0 / 18, r.spamScore(), 1e-9);
        assertTrue(r.bodyText(true).contains("共同承担，同时引入社会资本"), "the cleaned paragraph joins the body text");
        assertFalse(r.bodyText().contains("点招"));
    }

    /** Spans are found on first request: threads that ask at once all get the same spans and cleaned text. */
    @Test
    void spansFoundOnFirstRequestAreTheSameForEveryThread() throws Exception {
        List<String> lines = pageLines();
        List<Span> expected = sift.classify(lines).get(6).spans();
        for (int round = 0; round < 20; round++) {
            LineResult brand = sift.classify(lines).get(6);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<String>> seen = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    boolean textFirst = t % 2 == 0;
                    seen.add(pool.submit(() -> {
                        if (textFirst) { String c = brand.cleanedText(); return c + "|" + brand.spans(); }
                        List<Span> sp = brand.spans();
                        return brand.cleanedText() + "|" + sp;
                    }));
                }
                for (var f : seen) assertEquals(brand.cleanedText() + "|" + expected, f.get());
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void damagedCopiesOfTheRealModelAreRefusedWithAClearReason() throws Exception {
        byte[] real;
        try (var in = LineSift.class.getResourceAsStream(LineSift.DEFAULT_MODEL)) {
            real = in.readAllBytes();
        }
        java.util.Random r = new java.util.Random(17);
        for (int t = 0; t < 40; t++) {
            byte[] b = real.clone();
            int flips = 1 + r.nextInt(3);
            for (int k = 0; k < flips; k++) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
            byte[] damaged = t % 2 == 0 ? b : java.util.Arrays.copyOf(b, r.nextInt(b.length));
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> LineSift.load(damaged));
            assertTrue(e.getMessage().startsWith("model bytes: "), e.getMessage());
        }
        // an intact copy still loads
        assertEquals(PAGE.length, LineSift.load(real).classify(java.util.Arrays.asList(new String[PAGE.length])).size());
    }

    @Test
    void describesItself() {
        assertTrue(sift.describe().startsWith("LineSift model (format v2)"), sift.describe());
    }

    @Test
    void shortGarbledLinesAreSpunWhereverTheyStand() {
        // a menu, a headline, a paragraph; then short garbled lines where short lines are usually nav
        String latin1 = new String("市民开放".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
        String gbk = new String("二、报名条件".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.Charset.forName("GBK"));
        List<String> lines = List.of("首页 | 国内 | 国际 | 财经", "锟斤拷 锟斤拷", "青溪市老旧小区改造全面启动",
                (String) PAGE[4][1], latin1, gbk, "关于我们 | 联系我们");
        PageResult r = sift.classify(lines);
        for (int i : new int[]{1, 4, 5}) {
            assertEquals(Label.SPUN, r.get(i).label(), lines.get(i));
            assertTrue(r.get(i).probability(Label.SPUN) >= 0.95f, lines.get(i));
        }
        assertEquals(Label.NAV, r.get(0).label());
        assertEquals(Label.NAV, r.get(6).label());
    }

    @Test
    void aSpinnersCopyOfAHeadlineThePageAlsoPrintsAsWrittenIsSpun() {
        // a portal prints a headline in two lists; a spinner rewrote one copy (研究→研讨, 工作→任务)
        List<String> lines = pageLines();
        String original = "· 青溪市教育局召开会议，研究部署秋季学期招生工作";
        String spun = "· 青溪市教育局召开会议，研讨部署秋季学期招生任务";
        lines.add(12, original);
        lines.add(16, "热门排行");
        lines.add(17, spun);
        PageResult r = sift.classify(lines);
        assertEquals(Label.NAV, r.get(12).label(), "the copy as written");
        assertEquals(Label.SPUN, r.get(17).label(), "the spinner's copy");
        assertEquals(List.of(new Span(13, 15, Span.Kind.SUBSTITUTION, "研讨"), new Span(23, 25, Span.Kind.SUBSTITUTION, "任务")),
                r.get(17).spans(), "the swapped words");
        assertEquals("a copy of line 13 with words swapped (研讨, 任务)", sift.explain(lines).get(17).reasons().get(0),
                "the explanation names the copy as written, 1-based as the CLI prints it");
        for (int i = 0; i < lines.size(); i++) {
            if (i == 12 || i == 16 || i == 17) continue;
            Label expected = (Label) PAGE[i < 12 ? i : i < 16 ? i - 1 : i - 3][0];
            assertEquals(expected, r.get(i).label(), lines.get(i));
        }
    }

    @Test
    void aCopyOfTheTitleWithAKitsPhraseAppendedIsSpun() {
        // the page's title again at its foot, with an invented name and a trade word appended
        List<String> lines = pageLines();
        lines.add(lines.size() - 1, "青溪市老旧小区改造全面启动 今年惠及三万余户居民|金鲤会app下载");
        PageResult r = sift.withoutKnownBrands().classify(lines);
        int at = lines.size() - 2;
        assertEquals(Label.SPUN, r.get(at).label());
        assertEquals(List.of(new Span(25, 33, Span.Kind.BRAND, "金鲤会app下载")), r.get(at).spans());
        for (int i = 0; i < PAGE.length; i++) {
            int j = i < at ? i : i + 1;
            assertEquals(PAGE[i][0], r.get(j).label(), lines.get(j));
        }
    }

    @Test
    void aTableInsideTheArticleIsBody() {
        // our own page: an admissions notice whose article holds a small table, one cell a line
        List<String> lines = List.of(
                "首页 | 新闻 | 教育 | 招生 | 就业 | 留学",
                "当前位置：首页 > 教育频道 > 招生考试",
                "青溪大学2031年研究生招生计划公布",
                "2031-03-18 09:42 来源：青溪日报",
                "记者从青溪大学研究生院获悉，该校2031年计划招收硕士研究生一千二百人，其中全日制专业学位研究生占六成以上，新增人工智能和集成电路两个招生方向。",
                "研究生院负责人介绍，各专业招生人数和考试科目如下表，考生可登录学校网站查询导师名单。",
                "专业",
                "人数",
                "考试科目",
                "计算机科学",
                "120",
                "数学、专业课",
                "集成电路",
                "80",
                "物理、专业课",
                "公共管理",
                "60",
                "英语、专业课",
                "报名时间为今年十月，考生须在规定时间内完成网上报名和现场确认，逾期不再补报。学校将为家庭经济困难的考生提供报名费减免。",
                "相关新闻",
                "· 青溪大学新建图书馆下月开放",
                "· 全省高校毕业生就业率稳中有升",
                "分享到：微信 微博 QQ空间",
                "Copyright © 2031 青溪日报社 版权所有");
        PageResult r = sift.classify(lines);
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Label expected = i >= 4 && i <= 18 || i == 2 ? Label.BODY : Label.NAV;
            if (r.get(i).label() != expected) wrong.append(String.format("%n  line %d: expected %s, got %s", i, expected, r.get(i)));
        }
        assertEquals("", wrong.toString(), "misclassified lines");
    }

    @Test
    void aBrandTheModelIsSureOfMarksTheOtherLinesOfItsPage() {
        // our own page: the brand bracketed in two paragraphs, then bare as the label of a sub-heading
        List<String> lines = List.of("首页 | 新闻 | 财经 | 体育 | 科技", "青溪市老城区改造启动 首批三十条背街小巷年内完工",
                "2031-03-18 08:42　来源：青溪日报",
                "【金鼎汇】本报讯（记者 周明远）3月17日上午，青溪市老城区有机更新项目正式启动，首批三十条背街小巷将在年内完工。",
                "据市住房和城乡建设局介绍，此次改造坚持“先地下、后地上”，(金鼎汇)同步更新供水、排水和燃气管网。",
                "金鼎汇：一、改造范围和内容",
                "“以前一下大雨，巷口的水能没过脚踝，老人出门都得有人扶着。”家住柳巷的居民王阿姨说。",
                "Copyright © 2031 青溪日报社 版权所有");
        PageResult r = sift.classify(lines);
        assertTrue(r.get(3).probability(Label.SPUN) >= 0.8f, "the model is sure of the bracketed brand: " + r.get(3));
        assertEquals(Label.SPUN, r.get(5).label(), r.get(5).toString());
        assertTrue(r.get(5).probability(Label.SPUN) >= 0.6f - 1e-6, r.get(5).toString());
        assertEquals(List.of(new Span(0, 4, Span.Kind.BRAND, "金鼎汇：")), r.get(5).spans(), "the page's brand, with its label colon, is where the spam sits");
        assertEquals("一、改造范围和内容", r.get(5).cleanedText());
        assertEquals(Label.BODY, r.get(6).label(), "a line without the brand keeps its label");
        // without the lines that give the brand away, the sub-heading is not spun
        List<String> alone = new ArrayList<>(lines);
        alone.set(3, lines.get(3).replace("【金鼎汇】", ""));
        alone.set(4, lines.get(4).replace("(金鼎汇)", ""));
        assertNotEquals(Label.SPUN, sift.classify(alone).get(5).label());
    }

    /**
     * A brand no list holds (鑫乐汇, invented), bracketed at the end of one paragraph, where the model calls the line
     * spun but is not sure of it (0.5 to 0.8), then as a sub-heading's label and bare in two paragraphs: the page's
     * spam vocabulary takes it from the line the model calls spun, so all four lines are spun and the others keep
     * their labels.
     */
    @Test
    void aBrandTheModelCallsSpunInOneLineMarksItsOtherLinesEvenWhenItIsUnsure() {
        List<String> lines = List.of("首页 | 新闻 | 体育 | 财经 | 科技", "您的位置：首页 > 新闻 > 本地", "城南新区招商引资再创佳绩",
                "2023-04-21 10:23 来源：城南日报 作者：李明",
                "今年以来，城南新区坚持把招商引资作为“一号工程”，全区新签约项目十二个，总投资超过八十亿元。",
                "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域，预计明年全部开工。(鑫乐汇)",
                "据悉，本次签约仪式上，五家企业代表分别发言，表示将加快项目落地进度。",
                "鑫乐汇：二、下一步工作安排",
                "下一步，新区将继续优化营商环境，为企业提供全流程服务，鑫乐汇确保项目早日投产见效。",
                "新区还将举办多场招商推介活动，鑫乐汇吸引更多优质企业落户。",
                "相关新闻", "· 城北街道举办就业招聘会", "· 全市春季植树活动启动", "分享到：微信 微博 QQ空间",
                "版权所有 © 城南日报社 京ICP备12345678号");
        PageResult r = sift.classify(lines);
        double source = r.get(5).probability(Label.SPUN);
        assertTrue(source >= 0.5f && source < 0.8f, "the model calls the bracketed line spun, unsure: " + r.get(5));
        StringBuilder wrong = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Label expected = i == 5 || i == 7 || i == 8 || i == 9 ? Label.SPUN
                    : i == 2 || i == 4 || i == 6 ? Label.BODY : Label.NAV;
            if (r.get(i).label() != expected) wrong.append(String.format("%n  line %d: expected %s, got %s", i, expected, r.get(i)));
        }
        assertEquals("", wrong.toString(), "misclassified lines");
        assertTrue(r.get(9).spans().contains(new Span(15, 18, Span.Kind.BRAND, "鑫乐汇")), r.get(9).spans().toString());
    }

    @Test
    void pinyinInAnyFormIsSpunWhereverItStands() {
        // our own lines: glued pinyin in a paragraph, and in a short line between menu items
        List<String> lines = List.of("首页 | 国内 | 国际 | 财经", "青溪市老旧小区改造全面启动", (String) PAGE[4][1],
                "青xi溪市老jiu旧小区改造全面启动，首批三十个小区年内完gong工。",
                "老(lǎo)旧(jiù)小区改造", "关于我们 | 联系我们");
        PageResult r = sift.classify(lines);
        for (int i : new int[]{3, 4}) {
            assertEquals(Label.SPUN, r.get(i).label(), lines.get(i));
            assertTrue(r.get(i).probability(Label.SPUN) >= 0.95f, lines.get(i));
        }
        assertEquals(Label.NAV, r.get(0).label());
        assertEquals(Label.NAV, r.get(5).label());
        assertNotEquals(Label.SPUN, r.get(2).label());
    }

    @Test
    void aListedBrandAloneMakesALineSpunOnlyWithTheList() {
        // PAGE without its spam, one paragraph naming a listed brand in passing (our own line)
        List<String> lines = pageLines();
        lines.set(6, "据悉，今年的改造资金由市、区两级财政共同承担，同时引入社会资本参与停车场和充电桩的建设运营，预计总投资超过十五亿元。");
        lines.set(7, "在已经开工的南门街道试点小区，尊龙凯时施工队正在更换老化的供水管道，居民王阿姨告诉记者，这次改造完成后问题有望彻底解决。");
        PageResult listed = sift.classify(lines);
        assertEquals(Label.SPUN, listed.get(7).label(), listed.get(7).toString());
        assertEquals(0.8, listed.get(7).probability(Label.SPUN), 1e-6, "the list's rule gives exactly SURE_SPUN");
        LineSift unlisted = sift.withoutKnownBrands();
        PageResult r = unlisted.classify(lines);
        assertEquals(Label.BODY, r.get(7).label(), "the model alone is not sure of one unknown name: " + r.get(7));
        for (int i = 0; i < lines.size(); i++) {
            if (i == 7 || i == 8) continue;
            assertEquals(listed.get(i).label(), r.get(i).label(), "line " + i + " does not name the brand");
            assertEquals(listed.get(i).probability(Label.SPUN), r.get(i).probability(Label.SPUN), 1e-6, "line " + i);
        }
        assertEquals(Label.SPUN, r.get(8).label(), "mojibake stays spun without the list");
        assertEquals(Label.SPUN, unlisted.classify(List.of((String) PAGE[6][1])).get(0).label(),
                "the model still finds a brand in the shape of an injection (点招j9九游会官网)");
    }

    @Test
    void aCodeThePageUsesInItsCleanLinesIsNotWhereTheSpamSits() {
        // PAGE about 5G (our own lines): the title and two paragraphs use the code; one paragraph also names a brand
        List<String> lines = pageLines();
        lines.set(2, "青溪市老旧小区5G改造全面启动 今年惠及三万余户居民");
        lines.set(4, ((String) PAGE[4][1]).replace("加装电梯", "加装电梯、5G基站"));
        lines.set(6, "据悉，尊龙凯时今年的改造资金由市、区两级财政共同承担，同时引入社会资本参与小区5G基站的建设运营，预计总投资超过十五亿元。");
        PageResult r = sift.classify(lines);
        assertEquals(Label.BODY, r.get(2).label(), r.get(2).toString());
        assertEquals(Label.BODY, r.get(4).label(), r.get(4).toString());
        assertEquals(Label.SPUN, r.get(6).label(), r.get(6).toString());
        assertEquals(List.of(new Span(3, 7, Span.Kind.BRAND, "尊龙凯时")), r.get(6).spans(), "5G is the page's own word");
        assertEquals("据悉，今年的改造资金由市、区两级财政共同承担，同时引入社会资本参与小区5G基站的建设运营，预计总投资超过十五亿元。",
                r.get(6).cleanedText());
    }

    @Test
    void aShortPageIsReadLikeTheStartOfALongOne() {
        // our own short page, as an extraction that kept little more than the article's start: eight lines. Before
        // session 26's training data had short pages, its paragraphs were spun or nav (dev pages cut to 12 lines
        // scored 0.75, against 0.87 whole)
        List<String> lines = List.of("首页 | 新闻 | 财经 | 科技", "城南区今年新建一百座通信基站", "2031-04-02 10:15 来源：城南日报",
                "记者从城南区工信局获悉，今年全区将新建通信基站一百座，年底前实现城区5G信号全覆盖，重点区域网络速率将提升一倍。",
                "区工信局负责人介绍，新建基站主要分布在工业园区、学校和医院周边，建成后将为智能制造和远程医疗提供支撑。",
                "据了解，今年以来全区PM2.5平均浓度同比下降百分之八，空气质量优良天数比例达到百分之八十五。",
                "下一步，城南区将出台专项扶持政策，鼓励企业开展数字化改造。", "关于我们 | 联系我们 | 网站地图");
        PageResult r = sift.classify(lines);
        List<Label> expected = List.of(Label.NAV, Label.BODY, Label.NAV, Label.BODY, Label.BODY, Label.BODY, Label.BODY, Label.NAV);
        assertEquals(expected, r.lines().stream().map(LineResult::label).toList(), r.toString());
        assertFalse(r.hasSpam(), "a clean short page is not flagged");
    }
}

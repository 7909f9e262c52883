package org.linesift;

import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;
import org.linesift.train.Trainer;

import java.util.ArrayList;
import java.util.List;

/** Hand-written pages (invented text) and a tiny model trained on them, for tests that need any model. */
public final class TestPages {
    private TestPages() {}

    public static final String[] PAGE = {
            "首页 | 新闻 | 体育 | 财经 | 科技",
            "您的位置：首页 > 新闻 > 本地",
            "城南新区招商引资再创佳绩",
            "2023-04-21 10:23 来源：城南日报 作者：李明",
            "今年以来，城南新区坚持把招商引资作为“一号工程”，全区新签约项目十二个，总投资超过八十亿元。",
            "区招商局负责人介绍，新签约项目主要集中在智能制造和现代物流两个领域，预计明年全部开工。",
            "据悉，点招j9官网本次签约仪式上，五家企业代表分别发言，表示将加快项目落地进度。",
            "下一步，新区将继续优化营商环境，为企业提供全流程服务。",
            "锟斤拷锟斤拷锟斤拷锟斤拷",
            "相关新闻",
            "· 城北街道举办就业招聘会",
            "· 全市春季植树活动启动",
            "分享到：微信 微博 QQ空间",
            "版权所有 © 城南日报社 京ICP备12345678号",
    };

    public static final Label[] GOLD = {
            Label.NAV, Label.NAV, Label.BODY, Label.NAV, Label.BODY, Label.BODY, Label.SPUN, Label.BODY,
            Label.SPUN, Label.NAV, Label.NAV, Label.NAV, Label.NAV, Label.NAV,
    };

    public static GoldPage goldPage(String id) {
        List<GoldLine> lines = new ArrayList<>();
        for (int i = 0; i < PAGE.length; i++) lines.add(GoldLine.of(GOLD[i], PAGE[i]));
        return new GoldPage(id, lines);
    }

    private static volatile byte[] tiny;

    /** A small two-pass model trained on copies of {@link #PAGE}; built once per JVM. */
    public static synchronized byte[] tinyModel() {
        if (tiny == null) {
            List<GoldPage> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) pages.add(goldPage("p" + i));
            Trainer.Options o = new Trainer.Options();
            o.hashBits = 14;
            o.maxIter = 50;
            o.folds = 2;
            tiny = Trainer.train(pages, o, s -> { });
        }
        return tiny;
    }
}

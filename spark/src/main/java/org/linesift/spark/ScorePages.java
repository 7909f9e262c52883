package org.linesift.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.linesift.Label;
import org.linesift.LineSift;
import org.linesift.eval.Score;
import org.linesift.eval.Scorer;
import org.linesift.train.GoldLine;
import org.linesift.train.GoldPage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The scoring task: labelled pages in (rows {@code id, labels, texts, ops, markup}, see
 * {@link LineSiftSpark#GOLD_PAGES}), one {@link Score} per partition out, made by the library's own
 * {@link Scorer} one page at a time, so that the counts are exactly those of {@code linesift score}.
 */
final class ScorePages implements MapPartitionsFunction<Row, Score> {
    private static final long serialVersionUID = 1L;

    private final Models model;

    ScorePages(Models model) {
        this.model = model;
    }

    @Override
    public Iterator<Score> call(Iterator<Row> pages) {
        LineSift sift = model.get();
        Score score = new Score();
        while (pages.hasNext()) score.addAll(Scorer.score(sift, List.of(goldPage(pages.next()))));
        return List.of(score).iterator();
    }

    /** A row of {@link LineSiftSpark#GOLD_PAGES} back as the page it was made from. */
    static GoldPage goldPage(Row row) {
        List<String> labels = row.getList(1);
        List<String> texts = row.getList(2);
        List<String> ops = row.getList(3);
        List<String> markup = row.isNullAt(4) ? null : row.getList(4);
        List<GoldLine> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new GoldLine(Label.parse(labels.get(i)), texts.get(i), ops.get(i), markup == null ? null : markup.get(i)));
        }
        return new GoldPage(row.getString(0), lines);
    }
}

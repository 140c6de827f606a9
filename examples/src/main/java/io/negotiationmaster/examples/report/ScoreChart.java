package io.negotiationmaster.examples.report;

import io.negotiationmaster.examples.report.Svg.Bar;
import io.negotiationmaster.examples.report.Svg.Tick;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.Rating;
import java.util.List;
import java.util.Locale;

/** The three dimension scores and the overall score as horizontal bars on 0–100 with the rating thresholds. */
record ScoreChart(int width, int height, String left, String right, String top, String bottom, String trackWidth,
                  List<Svg.Band> bands, List<Tick> thresholds, List<Bar> bars, String description) {
    static final int WIDTH = 1000;
    private static final double LEFT = 200;
    private static final double RIGHT = WIDTH - 70;
    private static final double TOP = 44;
    private static final double ROW = 42;
    private static final double BAR = 24;

    static ScoreChart of(PerformanceReport r) {
        Scale x = Scale.fixed(0, 100, 25, LEFT, RIGHT);
        List<Row> rows = List.of(
                new Row("Claiming value", "claiming_value", r.claimingValue().score(), r.claimingValue().rating()),
                new Row("Creating value", "creating_value", r.creatingValue().score(), r.creatingValue().rating()),
                new Row("Managing relationships", "managing_relationships", r.managingRelationships().score(),
                        r.managingRelationships().rating()),
                new Row("Overall", "overall", r.overall().score(), r.overall().rating()));
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double top = TOP + i * ROW + (i == rows.size() - 1 ? 10 : 0);
            bars.add(new Bar(row.label(), row.code(), Scale.coordinate(top),
                    Scale.coordinate(Math.max(2, x.at(row.score()) - LEFT)), Scale.coordinate(top + BAR / 2 + 5),
                    Scale.coordinate(x.at(row.score()) + 8), score(row.score()), row.rating().code(),
                    i == rows.size() - 1));
        }
        double bottom = TOP + rows.size() * ROW + 10;
        List<Tick> thresholds = List.of(Rating.AVERAGE, Rating.GOOD, Rating.EXCELLENT).stream()
                .map(t -> new Tick(x.px(t.minScore()), t.code(), String.valueOf(Math.round(t.minScore())))).toList();
        List<Svg.Band> bands = new java.util.ArrayList<>();
        for (Rating t : List.of(Rating.POOR, Rating.AVERAGE, Rating.GOOD, Rating.EXCELLENT)) {
            double from = x.at(t.minScore());
            double to = x.at(t == Rating.EXCELLENT ? 100 : t.maxScore());
            bands.add(new Svg.Band(Scale.coordinate(from), Scale.coordinate(TOP - 30), Scale.coordinate(to - from),
                    "6", t.code(), Scale.coordinate((from + to) / 2), Scale.coordinate(TOP - 32)));
        }
        String description = "Scores: claiming value " + score(r.claimingValue().score()) + ", creating value "
                + score(r.creatingValue().score()) + ", managing relationships "
                + score(r.managingRelationships().score()) + ", overall " + score(r.overall().score()) + ".";
        return new ScoreChart(WIDTH, (int) Math.ceil(bottom + 22), Scale.coordinate(LEFT), Scale.coordinate(RIGHT),
                Scale.coordinate(TOP - 22), Scale.coordinate(bottom), Scale.coordinate(RIGHT - LEFT), bands, thresholds, bars,
                description);
    }

    /** A score as shown everywhere in the report: one decimal. */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The score of a dimension, shown. */
    static String score(DimensionScore s) {
        return score(s.score());
    }

    private record Row(String label, String code, double score, Rating rating) {
    }
}

package io.negotiationmaster.examples.report;

import io.negotiationmaster.examples.report.Svg.Dot;
import io.negotiationmaster.examples.report.Svg.Series;
import io.negotiationmaster.examples.report.Svg.Tick;
import io.negotiationmaster.performance.ScoreHistoryPoint;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/** The user's scores over the scored sessions, oldest first: overall and one line per dimension, on 0–100. */
record ProgressChart(int width, int height, String left, String right, String top, String bottom,
                     List<Tick> yTicks, List<Tick> xTicks, List<Series> series, int sessions, String description) {
    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    private static final double LEFT = 56;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 16;
    private static final double BOTTOM = HEIGHT - 52;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US)
            .withZone(ZoneOffset.UTC);

    static ProgressChart of(List<ScoreHistoryPoint> history, UUID current, Map<UUID, String> titles) {
        int n = history.size();
        Scale y = Scale.fixed(0, 100, 25, BOTTOM, TOP);
        double inset = n <= 1 ? (RIGHT - LEFT) / 2 : 36;
        Scale x = Scale.fixed(0, Math.max(1, n - 1), 1, LEFT + inset, RIGHT - inset);
        int every = Math.max(1, (int) Math.ceil(n / 16.0));
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % every == 0 || i == n - 1) {
                ScoreHistoryPoint p = history.get(i);
                xTicks.add(new Tick(x.px(i), (p.negotiationId().equals(current) ? "this · " : "#") + (i + 1),
                        DAY.format(p.scoredAt())));
            }
        }
        List<Tick> yTicks = y.ticks().stream().map(v -> new Tick(y.px(v), String.valueOf(Math.round(v)), ""))
                .toList();
        List<Series> series = List.of(
                line(history, "claiming_value", "Claiming value", ScoreHistoryPoint::claimingValue, x, y, titles),
                line(history, "creating_value", "Creating value", ScoreHistoryPoint::creatingValue, x, y, titles),
                line(history, "managing_relationships", "Managing relationships",
                        ScoreHistoryPoint::managingRelationships, x, y, titles),
                line(history, "overall", "Overall", ScoreHistoryPoint::overall, x, y, titles));
        String description = n + (n == 1 ? " scored session" : " scored sessions")
                + (n == 0 ? "." : ", latest overall " + ScoreChart.score(history.get(n - 1).overall()) + ".");
        return new ProgressChart(WIDTH, HEIGHT, Scale.coordinate(LEFT), Scale.coordinate(RIGHT),
                Scale.coordinate(TOP), Scale.coordinate(BOTTOM), yTicks, xTicks, series, n, description);
    }

    private static Series line(List<ScoreHistoryPoint> history, String code, String name,
                               ToDoubleFunction<ScoreHistoryPoint> value, Scale x, Scale y, Map<UUID, String> titles) {
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            ScoreHistoryPoint p = history.get(i);
            String cx = x.px(i);
            String cy = y.px(value.applyAsDouble(p));
            points.append(points.isEmpty() ? "" : " ").append(cx).append(',').append(cy);
            dots.add(new Dot(cx, cy, -1, "point-" + code, "Session " + (i + 1) + " · "
                    + titles.getOrDefault(p.scenarioId(), "scenario") + " · " + name + " "
                    + ScoreChart.score(value.applyAsDouble(p))));
        }
        return new Series("progress-" + code, points.toString(), dots);
    }
}

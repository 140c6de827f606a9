package io.negotiationmaster.examples.report;

import io.negotiationmaster.examples.report.Svg.Band;
import io.negotiationmaster.examples.report.Svg.Dot;
import io.negotiationmaster.examples.report.Svg.Level;
import io.negotiationmaster.examples.report.Svg.Series;
import io.negotiationmaster.examples.report.Svg.Tick;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.BargainingZone;
import io.negotiationmaster.performance.NegotiationChart;
import io.negotiationmaster.performance.OfferPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The negotiation dance: both sides' offers on the main issue per turn, the bargaining zone once revealed and the
 * deal, laid out on a {@value #WIDTH} × {@value #HEIGHT} view box.
 */
record DanceChart(int width, int height, String left, String right, String top, String bottom, String yTitle,
                  List<Tick> yTicks, List<Tick> xTicks, List<Series> series, List<Band> zone, List<Level> deal,
                  boolean hasOffers, String description) {
    static final int WIDTH = 1000;
    static final int HEIGHT = 400;
    private static final double LEFT = 92;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 20;
    private static final double BOTTOM = HEIGHT - 52;

    static DanceChart of(NegotiationChart chart, int lastTurn, String counterpart, Money money,
                         List<List<OfferPoint>> alternatives) {
        List<Double> values = new ArrayList<>();
        chart.offers().forEach(o -> values.add(o.amount().doubleValue()));
        alternatives.forEach(path -> path.forEach(o -> values.add(o.amount().doubleValue())));
        for (List<OfferPoint> path : alternatives) {
            for (OfferPoint o : path) {
                lastTurn = Math.max(lastTurn, o.turn());
            }
        }
        chart.zone().ifPresent(z -> {
            values.add(z.low().doubleValue());
            values.add(z.high().doubleValue());
        });
        chart.deal().ifPresent(d -> values.add(d.doubleValue()));
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = Math.max((max - min) * 0.06, Math.abs(max) * 0.01);
        Scale y = Scale.nice(min - pad, max + pad, 6, BOTTOM, TOP);
        int turns = Math.max(1, lastTurn);
        Scale x = Scale.fixed(0, turns, turns <= 24 ? 1 : Scale.niceStep(turns / 12.0), LEFT + 14, RIGHT - 14);

        List<Tick> yTicks = y.ticks().stream()
                .map(v -> new Tick(y.px(v), money.whole(BigDecimal.valueOf(v)), "")).toList();
        List<Tick> xTicks = x.ticks().stream()
                .map(v -> new Tick(x.px(v), String.valueOf(Math.round(v)), "")).toList();
        List<Series> series = new ArrayList<>(List.of(
                series(chart.offers(), Party.USER, "offers-user", "point-user", "You", x, y, money),
                series(chart.offers(), Party.AI, "offers-ai", "point-ai", counterpart, x, y, money)));
        for (List<OfferPoint> path : alternatives) {
            // the what-if paths are drawn as dashed lines without points: their turns are not in the transcript
            series.add(lineOnly(series(path, Party.USER, "offers-whatif-user", "", "", x, y, money)));
            series.add(lineOnly(series(path, Party.AI, "offers-whatif-ai", "", "", x, y, money)));
        }
        List<Band> zone = chart.zone().map(z -> band(z, y, money)).stream().toList();
        List<Level> deal = chart.deal().map(d -> new Level(Scale.coordinate(LEFT), Scale.coordinate(RIGHT),
                y.px(d.doubleValue()), "Deal " + money.format(d), Scale.coordinate(LEFT + 8),
                Scale.coordinate(y.at(d.doubleValue()) - 7))).stream().toList();
        String description = "Offers on " + chart.issueLabel() + " per turn: yours and " + counterpart + "'s"
                + chart.zone().map(z -> ", with the bargaining zone " + money.format(z.low()) + " to "
                        + money.format(z.high())).orElse("")
                + chart.deal().map(d -> ", deal at " + money.format(d)).orElse("") + ".";
        return new DanceChart(WIDTH, HEIGHT, Scale.coordinate(LEFT), Scale.coordinate(RIGHT), Scale.coordinate(TOP),
                Scale.coordinate(BOTTOM), chart.issueLabel() + " (" + chart.currency() + ")", yTicks, xTicks, series,
                zone, deal, !chart.offers().isEmpty(), description);
    }

    private static Series series(List<OfferPoint> offers, Party party, String lineClass, String dotClass, String who,
                                 Scale x, Scale y, Money money) {
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (OfferPoint o : offers) {
            if (o.party() != party) {
                continue;
            }
            String cx = x.px(o.turn());
            String cy = y.px(o.amount().doubleValue());
            points.append(points.isEmpty() ? "" : " ").append(cx).append(',').append(cy);
            dots.add(new Dot(cx, cy, o.turn(), dotClass, "Turn " + o.turn() + " · " + who + ": "
                    + money.format(o.amount())));
        }
        return new Series(lineClass, points.toString(), dots);
    }

    private static Series lineOnly(Series s) {
        return new Series(s.lineClass(), s.points(), List.of());
    }

    private static Band band(BargainingZone z, Scale y, Money money) {
        double top = y.at(z.high().doubleValue());
        double height = Math.max(2, y.at(z.low().doubleValue()) - top);
        return new Band(Scale.coordinate(LEFT), Scale.coordinate(top), Scale.coordinate(RIGHT - LEFT),
                Scale.coordinate(height), "Bargaining zone " + money.format(z.low()) + " – " + money.format(z.high()),
                Scale.coordinate(RIGHT - 8), Scale.coordinate(top + 17));
    }
}

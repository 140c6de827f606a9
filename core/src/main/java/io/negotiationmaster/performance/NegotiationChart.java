package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data behind a negotiation's charts, for any host to draw its own: the negotiation dance (both sides' offers
 * per turn), the bargaining zone (only once the negotiation has ended and been scored), the deal, and the scores.
 *
 * @param currency the main issue's currency
 * @param issueLabel the main issue's label, e.g. "Purchase price"
 * @param offers every offer on the main issue, in order
 * @param zone the bargaining zone, revealed after the end
 * @param deal the agreed main amount
 * @param scores dimension → score 0–100, once scored (including {@code overall})
 */
public record NegotiationChart(String currency, String issueLabel, List<OfferPoint> offers,
        Optional<BargainingZone> zone, Optional<BigDecimal> deal, Map<String, Double> scores) {

    /** Copies and requires every field. */
    public NegotiationChart {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(issueLabel, "issueLabel");
        offers = List.copyOf(offers);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(deal, "deal");
        scores = Map.copyOf(scores);
    }
}

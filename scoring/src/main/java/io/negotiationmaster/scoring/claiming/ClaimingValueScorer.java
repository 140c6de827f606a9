package io.negotiationmaster.scoring.claiming;

import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.OutcomeStatus;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.scoring.facts.Concession;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import io.negotiationmaster.scoring.facts.OfferEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores claiming value.
 *
 * <p>With a deal: {@code 100 · (0.6 · captured + 0.2 · opening + 0.2 · concessions)} where <em>captured</em> is the
 * share of the counterpart's range (opening → reservation) the deal won, <em>opening</em> how far the user's first
 * offer reached into that range, and <em>concessions</em> {@code 0.6 · reciprocated share + 0.4 · shrinking-size
 * share} of the user's concessions. When the scenario's rubric names value bands, the best band the deal meets
 * decides the rating and the score is clamped into that rating's range.
 *
 * <p>Without a deal, the decision is judged: walking away when the counterpart's best offer was worse than the
 * user's alternative scores 80 before the opening part; walking away from an offer at least as good as the
 * alternative 25, and from one inside the target 15; a counterpart walk-out 35, an abandoned negotiation 20;
 * then {@code 0.75 · that + 25 · opening}.
 */
public final class ClaimingValueScorer {
    private final ValueBandParser parser = new ValueBandParser();

    /** Creates a scorer. */
    public ClaimingValueScorer() {
        // stateless apart from the stateless parser
    }

    /** The claiming-value score of the negotiation behind {@code facts}. */
    public DimensionScore score(NegotiationFacts facts) {
        double opening = openingStrength(facts);
        return facts.deal().map(d -> scoreDeal(facts, d, opening)).orElseGet(() -> scoreNoDeal(facts, opening));
    }

    /**
     * The rating decided by the rubric's claiming-value bands for a deal at {@code value}: the best rating whose
     * band the value meets, or empty when the rubric names no band.
     */
    public Optional<Rating> bandRating(ScenarioFacts scenario, BigDecimal value) {
        boolean anyBand = false;
        for (Rating r : Rating.values()) {
            Optional<String> text = scenario.criteria().text(Dimension.CLAIMING_VALUE, r);
            if (text.isEmpty()) {
                continue;
            }
            Optional<ValueBand> band = parser.parse(text.get(), scenario.counterpartOpening());
            if (band.isPresent()) {
                anyBand = true;
                if (band.get().isMetBy(value, scenario.mainIssue().userWantsLow())) {
                    return Optional.of(r);
                }
            }
        }
        return anyBand ? Optional.of(Rating.POOR) : Optional.empty();
    }

    /** How far the user's first offer reached into the counterpart's range, 0–1 (0 without an offer). */
    public double openingStrength(NegotiationFacts facts) {
        return facts.firstOffer(Party.USER).map(o -> facts.captured(o.value())).orElse(0.0);
    }

    /**
     * The quality of the user's concession pattern, 0–1: {@code 0.6 ·} the share of concessions that followed a
     * counterpart concession {@code + 0.4 ·} the share of successive concessions that did not grow. 1 without
     * concessions.
     */
    public double concessionPattern(NegotiationFacts facts) {
        List<Concession> all = facts.concessions();
        int user = 0;
        int reciprocated = 0;
        boolean counterpartMoved = false;
        for (Concession c : all) {
            if (c.party() == Party.AI) {
                counterpartMoved = true;
            } else {
                user++;
                if (counterpartMoved) {
                    reciprocated++;
                }
                counterpartMoved = false;
            }
        }
        if (user == 0) {
            return 1;
        }
        List<Concession> sized = facts.concessions(Party.USER).stream().filter(c -> c.size() > 0).toList();
        int pairs = 0;
        int shrinking = 0;
        for (int i = 1; i < sized.size(); i++) {
            pairs++;
            if (sized.get(i).size() <= sized.get(i - 1).size()) {
                shrinking++;
            }
        }
        double discipline = pairs == 0 ? 1 : (double) shrinking / pairs;
        return 0.6 * reciprocated / user + 0.4 * discipline;
    }

    private DimensionScore scoreDeal(NegotiationFacts facts, DealTerms deal, double opening) {
        ScenarioFacts s = facts.scenario();
        double captured = facts.captured(deal.mainValue());
        double pattern = concessionPattern(facts);
        double raw = clamp(100 * (0.6 * captured + 0.2 * opening + 0.2 * pattern));
        Optional<Rating> band = bandRating(s, deal.mainValue());
        double score = band.map(r -> Math.max(r.minScore(), Math.min(r.maxScore(), raw))).orElse(raw);
        Rating rating = band.orElseGet(() -> Rating.forScore(score));
        var text = new StringBuilder(256);
        text.append("Deal at ").append(facts.money(deal.mainValue())).append(": you captured ")
                .append(percent(captured)).append(" of the counterpart's range from its opening ")
                .append(facts.money(s.counterpartOpening())).append(" to its walk-away value ")
                .append(facts.money(s.counterpartReservation())).append('.');
        band.ifPresent(r -> s.criteria().text(Dimension.CLAIMING_VALUE, r)
                .ifPresent(t -> text.append(" The scenario rates it ").append(r.code()).append(" (\"").append(t).append("\").")));
        appendOpening(facts, opening, text);
        int concessions = facts.concessions(Party.USER).size();
        text.append(String.format(Locale.ROOT, " Your concession pattern scored %.0f%% over %d concession%s.",
                pattern * 100, concessions, concessions == 1 ? "" : "s"));
        return new DimensionScore(score, rating, text.toString());
    }

    private DimensionScore scoreNoDeal(NegotiationFacts facts, double opening) {
        ScenarioFacts s = facts.scenario();
        OutcomeStatus status = facts.negotiation().outcome().status();
        Optional<OfferEvent> best = facts.bestCounterpartOffer();
        double base;
        var text = new StringBuilder(256);
        switch (status) {
            case NO_DEAL_USER_WALKED -> {
                if (best.isEmpty()) {
                    base = 60;
                    text.append("You walked away before the counterpart made an offer.");
                } else {
                    BigDecimal b = best.get().value();
                    boolean insideTarget = s.userTarget().map(t -> s.mainIssue().atLeastAsGoodForUser(b, t)).orElse(false);
                    Optional<Boolean> beatAlternative = s.userAlternative().map(a -> s.mainIssue().atLeastAsGoodForUser(b, a));
                    if (insideTarget) {
                        base = 15;
                        text.append("You walked away although the counterpart's best offer, ").append(facts.money(b))
                                .append(" in turn ").append(best.get().turn()).append(", met your target.");
                    } else if (beatAlternative.orElse(false)) {
                        base = 25;
                        text.append("You walked away from ").append(facts.money(b))
                                .append(", which was better than your alternative of ")
                                .append(facts.money(s.userAlternative().orElseThrow())).append('.');
                    } else if (beatAlternative.isPresent()) {
                        base = 80;
                        text.append("Walking away was right: the counterpart's best offer, ").append(facts.money(b))
                                .append(", was worse than your alternative of ")
                                .append(facts.money(s.userAlternative().orElseThrow())).append('.');
                    } else {
                        base = 55;
                        text.append("You walked away from a best offer of ").append(facts.money(b))
                                .append(" without a known alternative to compare it with.");
                    }
                }
            }
            case NO_DEAL_COUNTERPART_WALKED -> {
                base = 35;
                text.append("The counterpart walked away, so no value was claimed.");
            }
            default -> {
                base = 20;
                text.append("The negotiation was left unfinished, so no value was claimed.");
            }
        }
        appendOpening(facts, opening, text);
        double score = clamp(0.75 * base + 25 * opening);
        return new DimensionScore(score, Rating.forScore(score), text.toString());
    }

    private static void appendOpening(NegotiationFacts facts, double opening, StringBuilder text) {
        Optional<OfferEvent> first = facts.firstOffer(Party.USER);
        if (first.isEmpty()) {
            text.append(" You never made a concrete offer of your own.");
        } else {
            text.append(" Your first offer, ").append(facts.money(first.get().value())).append(" in turn ")
                    .append(first.get().turn()).append(", reached ").append(percent(opening))
                    .append(" into the counterpart's range.");
        }
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}

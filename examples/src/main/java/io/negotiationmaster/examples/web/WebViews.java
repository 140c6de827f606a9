package io.negotiationmaster.examples.web;

import io.negotiationmaster.coaching.WhatIf;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.NegotiationChart;
import io.negotiationmaster.performance.ProgressView;
import io.negotiationmaster.performance.ScoreHistoryPoint;
import io.negotiationmaster.performance.UserProgress;
import io.negotiationmaster.scenario.ScenarioView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** The JSON documents the pages read: what the browser needs and nothing more. */
final class WebViews {
    private WebViews() {
    }

    /** A scenario in the catalog, with its briefing (situation, role, stakes). */
    record ScenarioCard(String slug, String title, String description, int difficulty, String counterpartName,
            String counterpartRole, String counterpartPersonality, String situation, String yourRole, String stakes,
            List<String> constraints) {
        ScenarioCard {
            constraints = List.copyOf(constraints);
        }
    }

    /** One message of the chat. */
    record MessageView(int seq, String sender, String content, String type, Offer offer) {
    }

    /** A negotiation with its scenario, standing offers and transcript. */
    record NegotiationDetail(UUID id, String scenarioSlug, String scenarioTitle, String counterpartName,
            String counterpartRole, String yourRole, String currency, String issueLabel, String status,
            String outcome, boolean dealReached, Offer dealTerms, Offer counterpartOffer, Offer userOffer,
            List<MessageView> messages) {
        NegotiationDetail {
            messages = List.copyOf(messages);
        }
    }

    /** The state panel after a turn. */
    record NegotiationState(String status, String outcome, boolean dealReached, Offer dealTerms,
            Offer counterpartOffer, Offer userOffer) {
    }

    /** One scored session on the progress page. */
    record HistoryRow(UUID negotiationId, String scenarioTitle, Instant scoredAt, double claimingValue,
            double creatingValue, double managingRelationships, double overall) {
    }

    /** The recommended next scenario. */
    record Recommendation(String slug, String title, int difficulty, String trains, String reason) {
    }

    /** The progress page. */
    record ProgressPage(UserProgress progress, List<HistoryRow> history, Recommendation recommendation) {
        ProgressPage {
            history = List.copyOf(history);
        }
    }

    /** A coaching what-if: the moment, the better move and what it would have changed. */
    record WhatIfView(int turn, String moment, String why, String userMessage, String strategy, String alternative,
            String policy, Offer simulatedDeal, String simulatedOutcome, Offer actualDeal, String actualOutcome,
            double simulatedOverall, double actualOverall, BigDecimal valueDelta) {
    }

    static WhatIfView whatIf(WhatIf w) {
        return new WhatIfView(w.turn(), w.moment().label(), w.why(), w.userMessage(), w.strategy().label(),
                w.alternative(), w.policy(), w.outcome().deal().orElse(null), lower(w.outcome().outcome()),
                w.actualOutcome().deal().orElse(null), lower(w.actualOutcome().outcome()), w.scores().overall(),
                w.actualScores().overall(), w.dealValueDelta());
    }

    static ScenarioCard card(ScenarioView s) {
        var c = s.context();
        return new ScenarioCard(s.slug(), s.title(), s.description(), s.difficulty(), s.counterpart().name(),
                s.counterpart().role(), s.counterpart().personality(), c == null ? null : c.situation(),
                c == null ? null : c.yourRole(), c == null ? null : c.stakes(),
                c == null || c.constraints() == null ? List.of() : c.constraints());
    }

    static MessageView message(Message m) {
        return new MessageView(m.seq(), party(m.sender()), m.content(), m.messageType(), m.offer().orElse(null));
    }

    static String party(Party party) {
        return party.name().toLowerCase(Locale.ROOT);
    }

    static NegotiationState state(Negotiation n) {
        return new NegotiationState(lower(n.status()), n.outcome().map(WebViews::lower).orElse(null),
                n.dealReached(), n.dealTerms().orElse(null), n.counterpartOffer().orElse(null),
                n.userOffer().orElse(null));
    }

    static NegotiationDetail detail(Negotiation n, ScenarioView s, NegotiationChart chart, List<Message> messages) {
        return new NegotiationDetail(n.id(), s.slug(), s.title(), s.counterpart().name(), s.counterpart().role(),
                s.context() == null ? null : s.context().yourRole(), chart.currency(), chart.issueLabel(),
                lower(n.status()), n.outcome().map(WebViews::lower).orElse(null), n.dealReached(),
                n.dealTerms().orElse(null), n.counterpartOffer().orElse(null), n.userOffer().orElse(null),
                messages.stream().map(WebViews::message).toList());
    }

    static ProgressPage progress(ProgressView view, Function<UUID, ScenarioView> scenarios) {
        Objects.requireNonNull(view, "view");
        List<HistoryRow> rows = view.history().stream().map((ScoreHistoryPoint p) -> new HistoryRow(
                p.negotiationId(), scenarios.apply(p.scenarioId()).title(), p.scoredAt(), p.claimingValue(),
                p.creatingValue(), p.managingRelationships(), p.overall())).toList();
        Recommendation next = view.recommendation().map(r -> new Recommendation(r.scenario().slug(),
                scenarios.apply(r.scenario().id()).title(), r.scenario().difficulty(), r.scenario().trains().code(),
                r.reason())).orElse(null);
        return new ProgressPage(view.progress(), rows, next);
    }

    static Map<String, Object> error(int status, String message) {
        return Map.of("status", status, "error", message);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

package io.negotiationmaster.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.coaching.ScoreCard;
import io.negotiationmaster.coaching.SimulatedOutcome;
import io.negotiationmaster.coaching.WhatIf;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.negotiation.AmountRead;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.performance.AvailableTrade;
import io.negotiationmaster.performance.Debrief;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.Milestone;
import io.negotiationmaster.performance.ObjectiveResult;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.scenario.ScenarioView;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The demo's {@code --json} document, built field by field so the names are exactly the documented ones. */
final class DemoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DemoJson() {
    }

    static String document(ScenarioView scenario, Negotiation n, List<Message> transcript, PerformanceReport r,
                           List<WhatIf> whatIfs, Optional<Path> reportPath) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("negotiationId", n.id().toString());
        root.put("scenario", scenario.slug());
        root.put("status", n.status().code());
        root.put("outcome", n.outcome().map(o -> o.code()).orElse(null));
        root.put("dealReached", n.dealReached());
        root.set("dealTerms", n.dealTerms().map(DemoJson::offer).orElse(null));
        ArrayNode messages = root.putArray("transcript");
        for (Message m : transcript) {
            ObjectNode node = messages.addObject();
            node.put("sender", m.sender().name().toLowerCase(Locale.ROOT));
            node.put("content", m.content());
            ArrayNode moves = node.putArray("moves");
            m.moves().stream().map(MoveType::code).forEach(moves::add);
            amounts(node.putArray("amounts"), m.amounts());
            node.set("offer", m.offer().map(DemoJson::offer).orElse(null));
        }
        root.set("report", report(r));
        ArrayNode alternatives = root.putArray("whatIfs");
        whatIfs.forEach(w -> alternatives.add(whatIf(w)));
        reportPath.ifPresent(p -> root.put("reportPath", p.toString()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the demo document", e);
        }
    }

    private static ObjectNode whatIf(WhatIf w) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("turn", w.turn());
        node.put("moment", w.moment().name().toLowerCase(Locale.ROOT));
        node.put("why", w.why());
        node.put("userMessage", w.userMessage());
        node.put("strategy", w.strategy().name().toLowerCase(Locale.ROOT));
        node.put("alternative", w.alternative());
        node.put("policy", w.policy());
        node.set("outcome", outcome(w.outcome()));
        node.set("actualOutcome", outcome(w.actualOutcome()));
        node.set("scores", scores(w.scores()));
        node.set("actualScores", scores(w.actualScores()));
        ObjectNode difference = node.putObject("difference");
        difference.put("valueToUser", w.dealValueDelta());
        difference.set("scores", scores(w.scoreDelta()));
        node.put("scenario", w.scenarioSlug());
        node.put("seed", w.seed());
        ArrayNode script = node.putArray("script");
        w.script().forEach(script::add);
        return node;
    }

    private static ObjectNode outcome(SimulatedOutcome o) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("status", o.outcome().code());
        node.put("dealReached", o.isDeal());
        node.set("dealTerms", o.deal().map(DemoJson::offer).orElse(null));
        node.put("valueToUser", o.valueToUser());
        node.put("userMessages", o.userMessages());
        return node;
    }

    private static ObjectNode scores(ScoreCard c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("claimingValue", c.claimingValue());
        node.put("creatingValue", c.creatingValue());
        node.put("managingRelationships", c.managingRelationships());
        node.put("overall", c.overall());
        return node;
    }

    private static void amounts(ArrayNode into, List<AmountRead> amounts) {
        for (AmountRead a : amounts) {
            ObjectNode node = into.addObject();
            node.put("value", a.value());
            node.put("issue", a.issue());
            node.put("kind", a.kind());
        }
    }

    private static ObjectNode offer(Offer offer) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("amount", offer.amount());
        ObjectNode terms = node.putObject("terms");
        offer.terms().forEach(terms::put);
        return node;
    }

    private static ObjectNode report(PerformanceReport r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("claimingValue", dimension(r.claimingValue()));
        node.set("creatingValue", dimension(r.creatingValue()));
        node.set("managingRelationships", dimension(r.managingRelationships()));
        ObjectNode overall = node.putObject("overall");
        overall.put("score", r.overall().score());
        overall.put("rating", r.overall().rating().code());
        overall.put("summary", r.overall().summary());
        ObjectNode style = node.putObject("style");
        style.put("style", r.style().style().code());
        style.put("assertiveness", r.style().assertiveness());
        style.put("cooperativeness", r.style().cooperativeness());
        ArrayNode milestones = node.putArray("milestones");
        for (Milestone m : r.milestones()) {
            ObjectNode item = milestones.addObject();
            item.put("turn", m.turnIndex());
            item.put("type", m.type().code());
            item.put("party", m.party().code());
            item.put("description", m.description());
            item.put("impact", m.impact());
        }
        ArrayNode suggestions = node.putArray("suggestions");
        for (Suggestion s : r.suggestions()) {
            ObjectNode item = suggestions.addObject();
            item.put("kind", s.kind().code());
            item.put("text", s.text());
            ArrayNode turns = item.putArray("turns");
            s.turns().forEach(turns::add);
            ObjectNode reference = item.putObject("reference");
            reference.put("name", s.reference().name());
            reference.put("source", s.reference().source());
            item.put("dimension", s.dimension().code());
            item.put("priority", s.priority().code());
        }
        ArrayNode objectives = node.putArray("objectives");
        for (ObjectiveResult o : r.objectives()) {
            ObjectNode item = objectives.addObject();
            item.put("objective", o.objective());
            item.put("met", o.met());
            item.put("evidence", o.evidence());
            ArrayNode turns = item.putArray("turns");
            o.turns().forEach(turns::add);
        }
        node.set("debrief", debrief(r.debrief()));
        return node;
    }

    private static ObjectNode dimension(DimensionScore score) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("score", score.score());
        node.put("rating", score.rating().code());
        node.put("analysis", score.analysis());
        return node;
    }

    private static ObjectNode debrief(Debrief d) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("counterpartOpening", d.counterpartOpening());
        node.put("reservationValue", d.counterpartReservation());
        node.put("userLimit", d.userLimit());
        if (d.zone().isPresent()) {
            ObjectNode zone = node.putObject("zone");
            zone.put("low", d.zone().get().low());
            zone.put("high", d.zone().get().high());
        } else {
            node.putNull("zone");
        }
        if (d.dealShareOfZone().isPresent()) {
            node.put("dealShareOfZone", d.dealShareOfZone().getAsDouble());
        } else {
            node.putNull("dealShareOfZone");
        }
        ArrayNode trades = node.putArray("availableTrades");
        for (AvailableTrade t : d.trades()) {
            ObjectNode item = trades.addObject();
            item.put("issue", t.issueLabel());
            item.put("option", t.optionLabel());
            item.put("valueToUser", t.valueToUser());
            item.put("costToCounterpart", t.costToCounterpart());
            item.put("obtained", t.obtained());
        }
        return node;
    }
}

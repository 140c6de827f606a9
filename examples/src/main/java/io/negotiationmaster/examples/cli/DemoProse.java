package io.negotiationmaster.examples.cli;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.performance.Debrief;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.Milestone;
import io.negotiationmaster.performance.ObjectiveResult;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.scenario.ScenarioContext;
import io.negotiationmaster.scenario.ScenarioView;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The demo's human-readable output: scenario introduction, turns, and the final report. */
final class DemoProse {
    private static final int SUGGESTIONS_SHOWN = 3;

    private final PrintWriter out;
    private final String counterpart;

    DemoProse(PrintWriter out, String counterpart) {
        this.out = out;
        this.counterpart = counterpart;
    }

    void intro(ScenarioView scenario, List<Message> opening) {
        ScenarioContext c = scenario.context();
        out.println();
        out.println("== " + scenario.title() + " (difficulty " + scenario.difficulty() + ")");
        out.println("Situation:  " + c.situation());
        out.println("Your role:  " + c.yourRole());
        out.println("Stakes:     " + c.stakes());
        out.println("Background: " + c.background());
        for (String constraint : c.constraints()) {
            out.println("  - " + constraint);
        }
        out.println("Type your messages; /help lists the commands.");
        out.println();
        for (Message m : opening) {
            out.println(counterpart + ": " + m.content());
        }
        out.flush();
    }

    void turn(Turn turn, boolean echoUser) {
        if (echoUser) {
            out.println("you> " + turn.userMessage().content());
        }
        out.println(counterpart + ": " + turn.reply().content());
        out.flush();
    }

    void refused(String reason) {
        out.println("(not possible: " + reason + ")");
        out.flush();
    }

    void lastChance() {
        out.println("(they made a last offer and the negotiation is still open: /walk again to leave, /accept to take it)");
        out.flush();
    }

    void offers(Negotiation n) {
        out.println("Their standing offer: " + n.counterpartOffer().map(DemoProse::offer).orElse("none"));
        out.println("Your standing offer:  " + n.userOffer().map(DemoProse::offer).orElse("none"));
        out.flush();
    }

    void help() {
        for (ChatLine.Command c : ChatLine.Command.values()) {
            out.printf("  %-8s %s%n", c.word(), c.description());
        }
        out.flush();
    }

    void report(Negotiation n, PerformanceReport r) {
        out.println();
        out.println("== Result");
        out.println(n.dealReached()
                ? "Deal: " + n.dealTerms().map(DemoProse::offer).orElse("(terms not recorded)")
                : "No deal (" + n.outcome().map(o -> o.code()).orElse(n.status().code()) + ")");
        out.println();
        out.println("== Scores");
        dimension("Claiming value", r.claimingValue());
        dimension("Creating value", r.creatingValue());
        dimension("Managing relationships", r.managingRelationships());
        out.printf("%-24s %5.1f  %s%n", "Overall", r.overall().score(), r.overall().rating().code());
        out.println("  " + r.overall().summary());
        out.printf("Style: %s (assertiveness %.2f, cooperativeness %.2f)%n", r.style().style().code(),
                r.style().assertiveness(), r.style().cooperativeness());
        if (!r.milestones().isEmpty()) {
            out.println();
            out.println("== Milestones");
            for (Milestone m : r.milestones()) {
                out.printf("  turn %d  %s (%s): %s%n", m.turnIndex(), m.type().code(), m.party().code(),
                        m.description());
            }
        }
        if (!r.suggestions().isEmpty()) {
            out.println();
            out.println("== Top suggestions");
            int i = 1;
            for (Suggestion s : r.suggestions().stream().limit(SUGGESTIONS_SHOWN).toList()) {
                out.printf("  %d. %s%n", i++, s.text());
                if (!s.turns().isEmpty()) {
                    out.println("     turns: " + s.turns().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
                }
                out.println("     theory: " + s.reference());
            }
        }
        if (!r.objectives().isEmpty()) {
            out.println();
            out.println("== Objectives");
            for (ObjectiveResult o : r.objectives()) {
                out.println("  [" + (o.met() ? "met" : "not met") + "] " + o.objective()
                        + (o.evidence().isBlank() ? "" : " — " + o.evidence()));
            }
        }
        debrief(r.debrief());
        out.flush();
    }

    /** The what-ifs: each alternative, what it would have earned, and the lines that replay it. */
    void whatIfs(List<io.negotiationmaster.coaching.WhatIf> whatIfs) {
        if (whatIfs.isEmpty()) {
            return;
        }
        out.println();
        out.println("== What if");
        for (var w : whatIfs) {
            out.println(w.describe());
            out.println("  lines to replay (save them to a file, run with --script FILE):");
            w.script().forEach(line -> out.println("    " + line));
            out.println();
        }
        out.flush();
    }

    void reportWritten(java.nio.file.Path file) {
        out.println();
        out.println("Report: " + file);
        out.flush();
    }

    private void debrief(Debrief d) {
        out.println();
        out.println("== Debrief");
        out.println("  Their opening:           " + d.counterpartOpening().toPlainString());
        out.println("  Their reservation value: " + d.counterpartReservation().toPlainString());
        out.println("  Your limit:              " + d.userLimit().toPlainString());
        out.println("  Bargaining zone:         " + d.zone()
                .map(z -> z.low().toPlainString() + " – " + z.high().toPlainString()).orElse("none (no overlap)"));
        out.println("  Where the deal landed:   " + (d.dealShareOfZone().isPresent()
                ? String.format("%.0f%% of the zone was yours", d.dealShareOfZone().getAsDouble() * 100)
                : "no deal inside the zone"));
    }

    private void dimension(String name, DimensionScore score) {
        out.printf("%-24s %5.1f  %s%n", name, score.score(), score.rating().code());
    }

    static String offer(Offer offer) {
        String amount = offer.amount().toPlainString();
        return offer.terms().isEmpty() ? amount : amount + " " + offer.terms();
    }
}

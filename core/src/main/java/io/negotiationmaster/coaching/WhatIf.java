package io.negotiationmaster.coaching;

import io.negotiationmaster.negotiation.Offer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One coaching what-if: at a decisive moment of a finished negotiation, what the user did, the better move of a
 * named strategy, and what would have happened had they played it — replayed from the start with the same
 * scenario and seed, the user's own lines up to that moment, the alternative, then a simple documented
 * continuation policy. Replaying {@link #script()} with {@link #seed()} on {@link #scenarioSlug()} (the demo's
 * {@code --script} and {@code --seed}, or {@code nm.negotiations()}) gives exactly {@link #outcome()}.
 *
 * @param scenarioSlug the scenario played
 * @param seed the counterpart's seed of the negotiation
 * @param turn the message index ({@code seq}) of the user's message the what-if replaces
 * @param moment the kind of decisive moment
 * @param why one sentence on why the moment mattered
 * @param userMessage what the user said at that moment (as stored)
 * @param strategy the better move's strategy
 * @param alternative the script line played instead ({@code /accept} and {@code /walk} for the commands)
 * @param policy how the simulated user continued after the alternative
 * @param outcome the simulated outcome
 * @param scores the scores the simulated negotiation earns
 * @param actualOutcome what actually happened
 * @param actualScores the scores the actual negotiation earned
 * @param dealValueDelta simulated minus actual {@link SimulatedOutcome#valueToUser()}
 * @param scoreDelta simulated minus actual scores
 * @param script every user line of the simulated run, from the first
 */
public record WhatIf(String scenarioSlug, long seed, int turn, MomentKind moment, String why, String userMessage,
        Strategy strategy, String alternative, String policy, SimulatedOutcome outcome, ScoreCard scores,
        SimulatedOutcome actualOutcome, ScoreCard actualScores, BigDecimal dealValueDelta, ScoreCard scoreDelta,
        List<String> script) {

    /** Validates and copies. */
    public WhatIf {
        Objects.requireNonNull(scenarioSlug, "scenarioSlug");
        if (turn < 1) {
            throw new IllegalArgumentException("turn must be >= 1, was " + turn);
        }
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(userMessage, "userMessage");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(alternative, "alternative");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(actualOutcome, "actualOutcome");
        Objects.requireNonNull(actualScores, "actualScores");
        Objects.requireNonNull(dealValueDelta, "dealValueDelta");
        Objects.requireNonNull(scoreDelta, "scoreDelta");
        script = List.copyOf(script);
        if (script.isEmpty()) {
            throw new IllegalArgumentException("script must not be empty");
        }
    }

    /** A few lines for a trainee: the moment, the alternative, the simulated result and the replay command. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("What if, at turn ").append(turn).append(" (").append(moment.label()).append("), instead of \"")
                .append(userMessage).append("\" you had played ").append(strategy.label()).append(": \"")
                .append(alternative).append("\"?\n");
        b.append("  why: ").append(why).append('\n');
        b.append("  then: ").append(policy).append('\n');
        b.append("  simulated: ").append(result(outcome)).append(" (scores ").append(card(scores))
                .append(")\n");
        b.append("  actual:    ").append(result(actualOutcome)).append(" (scores ").append(card(actualScores))
                .append(")\n");
        b.append("  difference: value to you ").append(signed(dealValueDelta)).append(", overall ")
                .append(signed(scoreDelta.overall())).append(", claiming ").append(signed(scoreDelta.claimingValue()))
                .append('\n');
        b.append("  replay: demo --scenario ").append(scenarioSlug).append(" --seed ").append(seed)
                .append(" --script <file with these ").append(script.size()).append(" lines>");
        return b.toString();
    }

    private static String result(SimulatedOutcome o) {
        if (o.deal().isEmpty()) {
            return "no deal (" + o.outcome().code().replace('_', ' ') + ") after " + o.userMessages()
                    + " messages";
        }
        Offer d = o.deal().get();
        String terms = d.terms().isEmpty() ? "" : " with " + d.terms();
        return "deal at " + d.amount().stripTrailingZeros().toPlainString() + terms + " after " + o.userMessages()
                + " messages";
    }

    private static String card(ScoreCard c) {
        return String.format(Locale.ROOT, "overall %.0f, claiming %.0f, creating %.0f, relationships %.0f",
                c.overall(), c.claimingValue(), c.creatingValue(), c.managingRelationships());
    }

    private static String signed(BigDecimal v) {
        String s = v.stripTrailingZeros().toPlainString();
        return v.signum() > 0 ? "+" + s : s;
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.0f", v);
    }
}

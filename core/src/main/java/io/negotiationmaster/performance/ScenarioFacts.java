package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What scoring needs to know about the scenario a negotiation was played in, as plain values.
 *
 * @param scenarioId the scenario's id
 * @param title the scenario's title
 * @param difficulty 1–7
 * @param mainIssue the issue both sides make money offers on, and which direction the user wants
 * @param counterpartOpening the counterpart's opening value (asking price, initial salary offer)
 * @param counterpartReservation the counterpart's private walk-away value, never better for the counterpart
 *     than its opening
 * @param userTarget the user's public target (aspiration), if the scenario gives one
 * @param userAlternative the value of the user's best alternative (BATNA), if the scenario gives one
 * @param criteria the scenario's {@code evaluation_criteria}
 * @param weights the dimension weights of the overall score
 * @param learningObjectives the scenario's learning objectives, in order
 * @param secondaryIssues the tradeable issues beside the main one, with distinct keys
 */
public record ScenarioFacts(
        UUID scenarioId,
        String title,
        int difficulty,
        MainIssue mainIssue,
        BigDecimal counterpartOpening,
        BigDecimal counterpartReservation,
        Optional<BigDecimal> userTarget,
        Optional<BigDecimal> userAlternative,
        EvaluationCriteria criteria,
        DimensionWeights weights,
        List<String> learningObjectives,
        List<SecondaryIssue> secondaryIssues) {

    /** Validates every field and copies the lists. */
    public ScenarioFacts {
        Objects.requireNonNull(scenarioId, "scenarioId");
        MainIssue.requireText(title, "title");
        if (difficulty < 1 || difficulty > 7) {
            throw new IllegalArgumentException("difficulty must be 1-7, was " + difficulty);
        }
        Objects.requireNonNull(mainIssue, "mainIssue");
        Objects.requireNonNull(counterpartOpening, "counterpartOpening");
        Objects.requireNonNull(counterpartReservation, "counterpartReservation");
        if (!mainIssue.atLeastAsGoodForUser(counterpartReservation, counterpartOpening)) {
            throw new IllegalArgumentException("counterpartReservation " + counterpartReservation
                    + " must not be worse for the user than counterpartOpening " + counterpartOpening);
        }
        Objects.requireNonNull(userTarget, "userTarget");
        Objects.requireNonNull(userAlternative, "userAlternative");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(weights, "weights");
        learningObjectives = List.copyOf(learningObjectives);
        secondaryIssues = List.copyOf(secondaryIssues);
        var keys = new HashSet<String>();
        for (SecondaryIssue issue : secondaryIssues) {
            if (!keys.add(issue.key()) || issue.key().equals(mainIssue.key())) {
                throw new IllegalArgumentException("secondaryIssues repeat the key " + issue.key());
            }
        }
    }

    /** The secondary issue with {@code key}, if any. */
    public Optional<SecondaryIssue> secondaryIssue(String key) {
        return secondaryIssues.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /**
     * The user's walk-away limit on the main issue: the alternative when known, else the counterpart's opening
     * (nobody needs to do worse than what is on the table at the start).
     */
    public BigDecimal userLimit() {
        return userAlternative.orElse(counterpartOpening);
    }
}

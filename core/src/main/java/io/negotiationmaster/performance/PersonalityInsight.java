package io.negotiationmaster.performance;

import java.util.List;

/**
 * An observed tendency in this negotiation (not a diagnosis) for {@code personality_insights}.
 *
 * @param tendency short name, e.g. {@code "Curious"}
 * @param observation what was observed, in one sentence
 * @param turns the turns showing it, ascending
 */
public record PersonalityInsight(String tendency, String observation, List<Integer> turns) {
    /** Validates and copies. */
    public PersonalityInsight {
        MainIssue.requireText(tendency, "tendency");
        MainIssue.requireText(observation, "observation");
        turns = List.copyOf(turns);
    }
}

package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The immutable record of a finished negotiation: everything the {@link PerformanceAnalyzer} reads, nothing
 * else. The engine or the storage layer builds it from what it stored.
 *
 * @param negotiationId the negotiation's id
 * @param userId the negotiating user's id
 * @param scenario the scenario facts scoring needs
 * @param transcript the messages in order, turn indexes strictly increasing
 * @param outcome how it ended
 */
public record FinishedNegotiation(UUID negotiationId, UUID userId, ScenarioFacts scenario,
                                 List<TranscriptEntry> transcript, Outcome outcome) {
    /** Validates, copies the transcript and checks that the deal's secondary options exist in the scenario. */
    public FinishedNegotiation {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scenario, "scenario");
        transcript = List.copyOf(transcript);
        Objects.requireNonNull(outcome, "outcome");
        int last = -1;
        for (TranscriptEntry e : transcript) {
            if (e.turnIndex() <= last) {
                throw new IllegalArgumentException("transcript turn indexes must strictly increase, "
                        + e.turnIndex() + " follows " + last);
            }
            last = e.turnIndex();
        }
        outcome.deal().ifPresent(d -> d.secondaryOptions().forEach((issue, option) -> {
            var known = scenario.secondaryIssue(issue).orElseThrow(() ->
                    new IllegalArgumentException("deal names the unknown secondary issue " + issue));
            if (known.option(option).isEmpty()) {
                throw new IllegalArgumentException("deal names the unknown option " + option + " of issue " + issue);
            }
        }));
    }
}

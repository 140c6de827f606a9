package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The performance analysis of one finished negotiation.
 *
 * @param negotiationId the negotiation analysed
 * @param userId the user who negotiated
 * @param scenarioId the scenario played
 * @param claimingValue the claiming-value score
 * @param creatingValue the creating-value score
 * @param managingRelationships the managing-relationships score
 * @param overall the weighted overall score and summary
 * @param metrics conversation counts
 * @param moves move counts per side
 * @param milestones key moments in transcript order
 * @param suggestions improvement suggestions, most important first
 * @param style the observed negotiation style
 * @param personalityInsights observed tendencies
 * @param objectives the scenario's learning objectives, met or not, in the scenario's order
 * @param debrief what is revealed after the end
 * @param outcomeSpace the outcome-space analysis, present for scenarios with secondary issues
 * @param feedback one feedback item per dimension, in {@link Dimension} order
 */
public record PerformanceReport(
        UUID negotiationId,
        UUID userId,
        UUID scenarioId,
        DimensionScore claimingValue,
        DimensionScore creatingValue,
        DimensionScore managingRelationships,
        OverallScore overall,
        ConversationMetrics metrics,
        MoveCounts moves,
        List<Milestone> milestones,
        List<Suggestion> suggestions,
        StyleAssessment style,
        List<PersonalityInsight> personalityInsights,
        List<ObjectiveResult> objectives,
        Debrief debrief,
        Optional<OutcomeSpace> outcomeSpace,
        List<FeedbackItem> feedback) {

    /** Validates and copies. */
    public PerformanceReport {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(claimingValue, "claimingValue");
        Objects.requireNonNull(creatingValue, "creatingValue");
        Objects.requireNonNull(managingRelationships, "managingRelationships");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(moves, "moves");
        milestones = List.copyOf(milestones);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(style, "style");
        personalityInsights = List.copyOf(personalityInsights);
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(debrief, "debrief");
        Objects.requireNonNull(outcomeSpace, "outcomeSpace");
        feedback = List.copyOf(feedback);
    }

    /** The score of {@code dimension}. */
    public DimensionScore score(Dimension dimension) {
        return switch (dimension) {
            case CLAIMING_VALUE -> claimingValue;
            case CREATING_VALUE -> creatingValue;
            case MANAGING_RELATIONSHIPS -> managingRelationships;
        };
    }
}

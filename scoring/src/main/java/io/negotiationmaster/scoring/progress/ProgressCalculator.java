package io.negotiationmaster.scoring.progress;

import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.ProgressUpdate;
import io.negotiationmaster.performance.ScenarioRecommendation;
import io.negotiationmaster.performance.ScenarioSummary;
import io.negotiationmaster.performance.SessionResult;
import io.negotiationmaster.performance.SkillLevel;
import io.negotiationmaster.performance.SkillProgress;
import io.negotiationmaster.performance.Trend;
import io.negotiationmaster.performance.UserProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Pure progress aggregation.
 *
 * <p>{@link #update}: averages are running means over every scored session; a session counts as completed unless
 * abandoned; the highest difficulty is taken over completed sessions. Each skill's current value is an
 * exponentially weighted mean ({@code current = 0.35 · score + 0.65 · previous}, the first session's score to
 * start); its trend is the least-squares slope of the latest {@value SkillProgress#RECENT_WINDOW} scores (at least
 * 3): above +2 points per session improving, below −2 declining, else steady; its level is
 * {@link SkillLevel#of(double, int)}.
 *
 * <p>{@link #recommend}: without history, the easiest scenario. Otherwise the target difficulty is one above the
 * highest completed when the overall average is at least 70, else the highest completed (at least 1). When the
 * weakest skill's current value is below 60, a scenario training it at or below the target difficulty (the
 * hardest such) is preferred; otherwise the scenario nearest the target difficulty, preferring one that trains the
 * weakest skill, then the higher difficulty, then the slug.
 */
public final class ProgressCalculator implements io.negotiationmaster.performance.ProgressPolicy {
    /** Weight of the newest score in a skill's current value. */
    public static final double SMOOTHING = 0.35;

    /** Creates a calculator. */
    public ProgressCalculator() {
        // stateless
    }

    /**
     * The progress after {@code session}.
     *
     * @param userId the user
     * @param previous the stored {@code user_progress}, if any
     * @param previousSkills the stored skill progress, if any
     * @param session the newly scored session
     * @return the records to store
     */
    public ProgressUpdate update(UUID userId, Optional<UserProgress> previous, Optional<ProgressSummary> previousSkills,
                                 SessionResult session) {
        Objects.requireNonNull(userId, "userId");
        UserProgress p = previous.orElseGet(() -> UserProgress.empty(userId));
        PerformanceReport r = session.report();
        int n = p.totalNegotiations() + 1;
        boolean completed = session.status().completed();
        UserProgress next = new UserProgress(userId, n,
                p.completedNegotiations() + (completed ? 1 : 0),
                p.successfulDeals() + (session.deal() ? 1 : 0),
                mean(p.avgClaimingValue(), r.claimingValue().score(), n),
                mean(p.avgCreatingValue(), r.creatingValue().score(), n),
                mean(p.avgManagingRelationships(), r.managingRelationships().score(), n),
                mean(p.avgOverall(), r.overall().score(), n),
                completed ? Math.max(p.highestDifficultyCompleted(), session.difficulty()) : p.highestDifficultyCompleted(),
                Optional.of(p.lastActivity().filter(t -> t.isAfter(session.finishedAt())).orElse(session.finishedAt())));
        var skills = new ArrayList<SkillProgress>();
        for (Dimension d : Dimension.values()) {
            Optional<SkillProgress> before = previousSkills.map(s -> s.skill(d));
            skills.add(skill(d, before, r.score(d).score()));
        }
        Dimension strongest = Dimension.CLAIMING_VALUE;
        Dimension weakest = Dimension.CLAIMING_VALUE;
        for (SkillProgress s : skills) {
            if (s.current() > skills.get(strongest.ordinal()).current()) {
                strongest = s.dimension();
            }
            if (s.current() < skills.get(weakest.ordinal()).current()) {
                weakest = s.dimension();
            }
        }
        var summary = new ProgressSummary(userId, skills, strongest, weakest, next.lastActivity().orElseThrow());
        return new ProgressUpdate(next, summary);
    }

    /** The progress of one skill after a new {@code score}. */
    public SkillProgress skill(Dimension dimension, Optional<SkillProgress> before, double score) {
        if (before.isEmpty()) {
            return new SkillProgress(dimension, score, Trend.STEADY, 1, score, score, score, 0,
                    SkillLevel.of(score, 1), List.of(score));
        }
        SkillProgress b = before.get();
        int sessions = b.sessions() + 1;
        double current = clamp(SMOOTHING * score + (1 - SMOOTHING) * b.current());
        double best = Math.max(b.best(), score);
        var recent = new ArrayList<>(b.recentScores());
        recent.add(score);
        while (recent.size() > SkillProgress.RECENT_WINDOW) {
            recent.remove(0);
        }
        return new SkillProgress(dimension, current, trend(recent), sessions, b.first(), best,
                mean(b.average(), score, sessions), best - b.first(), SkillLevel.of(current, sessions), recent);
    }

    /** The trend of {@code scores} (oldest first) from their least-squares slope. */
    public static Trend trend(List<Double> scores) {
        int n = scores.size();
        if (n < 3) {
            return Trend.STEADY;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (scores.get(i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        double slope = num / den;
        return slope > 2 ? Trend.IMPROVING : slope < -2 ? Trend.DECLINING : Trend.STEADY;
    }

    /**
     * The scenario to play next, by the documented rule; empty when {@code available} is empty.
     *
     * @param progress the user's aggregate progress, if any
     * @param skills the user's skill progress, if any
     * @param available the scenarios to choose from
     */
    public Optional<ScenarioRecommendation> recommend(Optional<UserProgress> progress, Optional<ProgressSummary> skills,
                                                      List<ScenarioSummary> available) {
        if (available.isEmpty()) {
            return Optional.empty();
        }
        Comparator<ScenarioSummary> byDifficulty = Comparator.comparingInt(ScenarioSummary::difficulty)
                .thenComparing(ScenarioSummary::slug);
        if (progress.isEmpty() || progress.get().totalNegotiations() == 0 || skills.isEmpty()) {
            ScenarioSummary easiest = available.stream().min(byDifficulty).orElseThrow();
            return Optional.of(new ScenarioRecommendation(easiest,
                    "Start with the easiest scenario (difficulty " + easiest.difficulty() + ")."));
        }
        UserProgress p = progress.get();
        Dimension weakest = skills.get().weakest();
        double weakValue = skills.get().skill(weakest).current();
        int highest = Math.max(1, p.highestDifficultyCompleted());
        int target = p.avgOverall() >= 70 ? Math.min(7, highest + 1) : highest;
        String weakName = weakest.code().replace('_', ' ');
        if (weakValue < 60) {
            Optional<ScenarioSummary> training = available.stream()
                    .filter(s -> s.trains() == weakest && s.difficulty() <= target)
                    .max(byDifficulty);
            if (training.isPresent()) {
                return Optional.of(new ScenarioRecommendation(training.get(), String.format(java.util.Locale.ROOT,
                        "It trains your weakest skill, %s (%.0f), at difficulty %d.", weakName, weakValue,
                        training.get().difficulty())));
            }
        }
        ScenarioSummary best = available.stream().min(Comparator
                .comparingInt((ScenarioSummary s) -> Math.abs(s.difficulty() - target))
                .thenComparing(s -> s.trains() == weakest ? 0 : 1)
                .thenComparing(Comparator.comparingInt(ScenarioSummary::difficulty).reversed())
                .thenComparing(ScenarioSummary::slug)).orElseThrow();
        String reason = target > highest
                ? "Your average of " + Math.round(p.avgOverall()) + " shows you are ready for difficulty " + target + "."
                : "Consolidate at difficulty " + target + " until your average reaches 70 (now "
                        + Math.round(p.avgOverall()) + ").";
        if (best.trains() == weakest) {
            reason += " It also trains your weakest skill, " + weakName + ".";
        }
        return Optional.of(new ScenarioRecommendation(best, reason));
    }

    private static double mean(double previousMean, double value, int count) {
        return clamp(previousMean + (value - previousMean) / count);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}

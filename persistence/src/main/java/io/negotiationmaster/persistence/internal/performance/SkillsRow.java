package io.negotiationmaster.persistence.internal.performance;

import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.SkillProgress;
import java.time.Instant;
import java.util.UUID;

/** A {@code user_performance_progress} row: one per user, a column per dimension plus the full summary as JSON. */
public record SkillsRow(UUID id, UUID userId, Integer sessionsCount, double claimingValueSkill,
        String claimingValueTrend, double creatingValueSkill, String creatingValueTrend,
        double managingRelationshipsSkill, String managingRelationshipsTrend, double overallSkill,
        String overallTrend, String strongestSkill, String weakestSkill, String skillLevel,
        ProgressSummary dimensionStats, Instant lastSessionAt, Instant updatedAt) {

    static SkillsRow of(UUID id, ProgressSummary s, Instant now) {
        SkillProgress cv = skill(s, Dimension.CLAIMING_VALUE);
        SkillProgress cr = skill(s, Dimension.CREATING_VALUE);
        SkillProgress mr = skill(s, Dimension.MANAGING_RELATIONSHIPS);
        SkillProgress overall = s.skills().stream().filter(k -> k.dimension().name().equals("OVERALL")).findFirst()
                .orElse(null);
        double overallSkill = overall != null ? overall.current() : (cv.current() + cr.current() + mr.current()) / 3;
        return new SkillsRow(id, s.userId(), cv.sessions(), cv.current(), cv.trend().code(), cr.current(),
                cr.trend().code(), mr.current(), mr.trend().code(), overallSkill,
                overall != null ? overall.trend().code() : null, s.strongest().code(), s.weakest().code(),
                cv.level().code(), s, s.updatedAt(), now);
    }

    private static SkillProgress skill(ProgressSummary s, Dimension d) {
        return s.skills().stream().filter(k -> k.dimension() == d).findFirst()
                .orElseThrow(() -> new IllegalStateException("progress summary lacks " + d));
    }
}

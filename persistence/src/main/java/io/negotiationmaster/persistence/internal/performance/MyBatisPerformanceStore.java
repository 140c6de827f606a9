package io.negotiationmaster.persistence.internal.performance;

import io.negotiationmaster.performance.FeedbackItem;
import io.negotiationmaster.performance.Milestone;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.PerformanceStore;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.ProgressUpdate;
import io.negotiationmaster.performance.ScoreHistoryPoint;
import io.negotiationmaster.performance.UserProgress;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.scenario.CatalogJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** {@link PerformanceStore} over MyBatis. */
public final class MyBatisPerformanceStore implements PerformanceStore {
    private final SqlTransactions tx;
    private final CatalogJson json;
    private final Supplier<UUID> ids;

    /** @param tx transactions; @param json the JSON form; @param ids row ids */
    public MyBatisPerformanceStore(SqlTransactions tx, CatalogJson json, Supplier<UUID> ids) {
        this.tx = tx;
        this.json = json;
        this.ids = ids;
    }

    private PerformanceMapper mapper() {
        return tx.mapper(PerformanceMapper.class);
    }

    @Override
    public void save(PerformanceReport report, Instant now) {
        PerformanceMapper mapper = mapper();
        UUID performanceId = ids.get();
        mapper.insertPerformance(PerformanceRow.of(performanceId, report, json, now));
        for (Milestone m : report.milestones()) {
            mapper.insertMilestone(ids.get(), performanceId, report.negotiationId(), m.type().code(), m.turnIndex(),
                    m.party() == null ? null : m.party().code(), m.description(), m.impact(), now);
        }
        for (FeedbackItem f : report.feedback()) {
            mapper.insertFeedback(ids.get(), report.negotiationId(), report.userId(), "dimension",
                    f.dimension().code(), BigDecimal.valueOf(f.score()).setScale(2, RoundingMode.HALF_UP),
                    f.content(), json.toTree(f.recommendations()), json.toTree(f.references()), now);
        }
    }

    @Override
    public Optional<PerformanceReport> report(UUID negotiationId) {
        return Optional.ofNullable(mapper().report(negotiationId));
    }

    @Override
    public List<ScoreHistoryPoint> history(UUID userId) {
        return mapper().history(userId);
    }

    @Override
    public Optional<UserProgress> progress(UUID userId) {
        return Optional.ofNullable(mapper().progress(userId)).map(ProgressRow::toProgress);
    }

    @Override
    public Optional<ProgressSummary> skills(UUID userId) {
        return Optional.ofNullable(mapper().skills(userId));
    }

    @Override
    public void saveProgress(ProgressUpdate update, Instant now) {
        PerformanceMapper mapper = mapper();
        ProgressRow progress = ProgressRow.of(ids.get(), update.progress(), now);
        if (mapper.updateProgress(progress) == 0) {
            mapper.insertProgress(progress);
        }
        SkillsRow skills = SkillsRow.of(ids.get(), update.skills(), now);
        if (mapper.updateSkills(skills) == 0) {
            mapper.insertSkills(skills);
        }
    }
}

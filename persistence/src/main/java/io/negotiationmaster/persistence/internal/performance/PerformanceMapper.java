package io.negotiationmaster.persistence.internal.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.ScoreHistoryPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL for reports and progress; statements in {@code PerformanceMapper.xml}. */
public interface PerformanceMapper {
    int insertPerformance(PerformanceRow row);

    int insertMilestone(@Param("id") UUID id, @Param("performanceId") UUID performanceId,
            @Param("negotiationId") UUID negotiationId, @Param("type") String type, @Param("turn") Integer turn,
            @Param("party") String party, @Param("description") String description, @Param("impact") double impact,
            @Param("createdAt") Instant createdAt);

    int insertFeedback(@Param("id") UUID id, @Param("negotiationId") UUID negotiationId, @Param("userId") UUID userId,
            @Param("type") String type, @Param("category") String category, @Param("score") BigDecimal score,
            @Param("content") String content, @Param("recommendations") JsonNode recommendations,
            @Param("references") JsonNode references, @Param("createdAt") Instant createdAt);

    PerformanceReport report(UUID negotiationId);

    List<ScoreHistoryPoint> history(UUID userId);

    ProgressRow progress(UUID userId);

    int insertProgress(ProgressRow row);

    int updateProgress(ProgressRow row);

    ProgressSummary skills(UUID userId);

    int insertSkills(SkillsRow row);

    int updateSkills(SkillsRow row);
}

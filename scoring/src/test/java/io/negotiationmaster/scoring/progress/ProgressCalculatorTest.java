package io.negotiationmaster.scoring.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.FinishedNegotiations;
import io.negotiationmaster.performance.OutcomeStatus;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressUpdate;
import io.negotiationmaster.performance.ScenarioRecommendation;
import io.negotiationmaster.performance.ScenarioSummary;
import io.negotiationmaster.performance.SessionResult;
import io.negotiationmaster.performance.SkillLevel;
import io.negotiationmaster.performance.SkillProgress;
import io.negotiationmaster.performance.Trend;
import io.negotiationmaster.scoring.StandardAnalyzer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {
    private final ProgressCalculator calculator = new ProgressCalculator();
    private final UUID user = FinishedNegotiations.uuid("user:alice");
    private final Instant t1 = Instant.parse("2025-03-01T11:00:00Z");
    private final Instant t2 = Instant.parse("2025-03-02T11:00:00Z");

    @Test
    void theFirstSessionStartsTheAveragesAndSkills() {
        PerformanceReport r = new StandardAnalyzer().analyze(FinishedNegotiations.usedCarDeal(22_500));

        ProgressUpdate u = calculator.update(user, Optional.empty(), Optional.empty(),
                new SessionResult(r, 2, OutcomeStatus.DEAL, t1));

        assertThat(u.progress().totalNegotiations()).isEqualTo(1);
        assertThat(u.progress().successfulDeals()).isEqualTo(1);
        assertThat(u.progress().highestDifficultyCompleted()).isEqualTo(2);
        assertThat(u.progress().avgOverall()).isEqualTo(r.overall().score());
        assertThat(u.progress().lastActivity()).contains(t1);
        SkillProgress claiming = u.skills().skill(Dimension.CLAIMING_VALUE);
        assertThat(claiming.current()).isEqualTo(r.claimingValue().score());
        assertThat(claiming.trend()).isEqualTo(Trend.STEADY);
        assertThat(claiming.lift()).isZero();
    }

    @Test
    void aSecondSessionUpdatesRunningMeansAndTheWeightedSkill() {
        var analyzer = new StandardAnalyzer();
        PerformanceReport good = analyzer.analyze(FinishedNegotiations.usedCarDeal(21_900));
        FinishedNegotiation poorRun = FinishedNegotiations.usedCar().aiOffer(24_500, "It's $24,500.")
                .user("OK.", io.negotiationmaster.negotiation.MoveType.ACCEPTANCE).deal(24_500).build();
        PerformanceReport poor = analyzer.analyze(poorRun);

        ProgressUpdate first = calculator.update(user, Optional.empty(), Optional.empty(),
                new SessionResult(good, 2, OutcomeStatus.DEAL, t1));
        ProgressUpdate second = calculator.update(user, Optional.of(first.progress()), Optional.of(first.skills()),
                new SessionResult(poor, 4, OutcomeStatus.ABANDONED, t2));

        assertThat(second.progress().totalNegotiations()).isEqualTo(2);
        assertThat(second.progress().completedNegotiations()).isEqualTo(1);
        assertThat(second.progress().highestDifficultyCompleted()).isEqualTo(2);
        assertThat(second.progress().avgClaimingValue())
                .isCloseTo((good.claimingValue().score() + poor.claimingValue().score()) / 2, within(1e-9));
        SkillProgress claiming = second.skills().skill(Dimension.CLAIMING_VALUE);
        assertThat(claiming.current()).isCloseTo(0.35 * poor.claimingValue().score()
                + 0.65 * good.claimingValue().score(), within(1e-9));
        assertThat(claiming.best()).isEqualTo(good.claimingValue().score());
        assertThat(claiming.sessions()).isEqualTo(2);
        assertThat(claiming.recentScores()).hasSize(2);
        assertThat(second.skills().weakest()).isNotEqualTo(second.skills().strongest());
    }

    @Test
    void theTrendFollowsTheSlopeOfTheLatestScores() {
        assertThat(ProgressCalculator.trend(List.of(40.0, 50.0, 60.0))).isEqualTo(Trend.IMPROVING);
        assertThat(ProgressCalculator.trend(List.of(60.0, 59.0, 61.0, 60.0))).isEqualTo(Trend.STEADY);
        assertThat(ProgressCalculator.trend(List.of(80.0, 70.0, 60.0))).isEqualTo(Trend.DECLINING);
        assertThat(ProgressCalculator.trend(List.of(10.0, 90.0))).isEqualTo(Trend.STEADY);
    }

    @Test
    void levelsFollowTheDocumentedThresholds() {
        assertThat(SkillLevel.of(49, 5)).isEqualTo(SkillLevel.NOVICE);
        assertThat(SkillLevel.of(69, 5)).isEqualTo(SkillLevel.DEVELOPING);
        assertThat(SkillLevel.of(90, 2)).isEqualTo(SkillLevel.PROFICIENT);
        assertThat(SkillLevel.of(90, 3)).isEqualTo(SkillLevel.EXPERT);
    }

    @Test
    void newUsersStartWithTheEasiestScenarioAndStrongUsersStepUp() {
        var easy = new ScenarioSummary(UUID.randomUUID(), "used-car", 1, Dimension.CLAIMING_VALUE);
        var next = new ScenarioSummary(UUID.randomUUID(), "salary", 3, Dimension.CLAIMING_VALUE);
        var creating = new ScenarioSummary(UUID.randomUUID(), "supplier", 2, Dimension.CREATING_VALUE);

        assertThat(calculator.recommend(Optional.empty(), Optional.empty(), List.of(next, easy, creating)))
                .get().extracting(ScenarioRecommendation::scenario).isEqualTo(easy);

        PerformanceReport r = new StandardAnalyzer().analyze(FinishedNegotiations.usedCarDeal(21_900));
        ProgressUpdate u = calculator.update(user, Optional.empty(), Optional.empty(),
                new SessionResult(r, 2, OutcomeStatus.DEAL, t1));
        Optional<ScenarioRecommendation> rec = calculator.recommend(Optional.of(u.progress()), Optional.of(u.skills()),
                List.of(next, easy, creating));

        assertThat(rec).isPresent();
        assertThat(rec.get().reason()).isNotBlank();
        if (u.skills().skill(u.skills().weakest()).current() < 60) {
            assertThat(rec.get().scenario().trains()).isEqualTo(u.skills().weakest());
        } else if (u.progress().avgOverall() >= 70) {
            assertThat(rec.get().scenario().difficulty()).isEqualTo(3);
        }
    }
}

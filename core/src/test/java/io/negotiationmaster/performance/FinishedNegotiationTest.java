package io.negotiationmaster.performance;

import static io.negotiationmaster.performance.FinishedNegotiations.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinishedNegotiationTest {

    @Test
    void fixtureBuildsAConsistentRecord() {
        FinishedNegotiation n = FinishedNegotiations.usedCarDeal(22_500);

        assertThat(n.transcript()).hasSize(11);
        assertThat(n.outcome().deal()).get().extracting(DealTerms::mainValue).isEqualTo(money(22_500));
        assertThat(n.scenario().userLimit()).isEqualTo(money(23_900));
    }

    @Test
    void outcomeRejectsADealStatusWithoutTerms() {
        Instant t = Instant.EPOCH;
        assertThatThrownBy(() -> new Outcome(OutcomeStatus.DEAL, Optional.empty(), 0.5, t, t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deal must be present");
    }

    @Test
    void scenarioRejectsAReservationWorseForTheUserThanTheOpening() {
        ScenarioFacts s = FinishedNegotiations.usedCarScenario();
        assertThatThrownBy(() -> new ScenarioFacts(s.scenarioId(), s.title(), s.difficulty(), s.mainIssue(),
                money(24_500), money(25_000), s.userTarget(), s.userAlternative(), s.criteria(), s.weights(),
                s.learningObjectives(), s.secondaryIssues()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counterpartReservation");
    }

    @Test
    void dealMustNameKnownSecondaryOptions() {
        assertThatThrownBy(() -> FinishedNegotiations.usedCar().user("ok").deal(22_000, Map.of("warranty", "10_years")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option 10_years");
    }

    @Test
    void ratingThresholdsAreDocumentedBands() {
        assertThat(Rating.forScore(85)).isEqualTo(Rating.EXCELLENT);
        assertThat(Rating.forScore(84.99)).isEqualTo(Rating.GOOD);
        assertThat(Rating.forScore(70)).isEqualTo(Rating.GOOD);
        assertThat(Rating.forScore(50)).isEqualTo(Rating.AVERAGE);
        assertThat(Rating.forScore(49.9)).isEqualTo(Rating.POOR);
        assertThatThrownBy(() -> Rating.forScore(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score must be 0-100");
    }

    @Test
    void weightsAreNormalised() {
        var w = new DimensionWeights(2, 1, 1);
        assertThat(w.weight(Dimension.CLAIMING_VALUE)).isEqualTo(0.5);
        assertThatThrownBy(() -> new DimensionWeights(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claimingValue");
    }
}

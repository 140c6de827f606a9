package io.negotiationmaster.scoring.creating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.DimensionWeights;
import io.negotiationmaster.performance.EvaluationCriteria;
import io.negotiationmaster.performance.IssueOption;
import io.negotiationmaster.performance.MainIssue;
import io.negotiationmaster.performance.OutcomePoint;
import io.negotiationmaster.performance.OutcomeSpace;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.performance.SecondaryIssue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutcomeSpaceAnalyzerTest {
    /**
     * Buyer (wants low), seller opening 110 and reservation 100, buyer's limit 110; one option worth 10 to the
     * buyer and costing the seller 2. Utilities: u = 110 - p + 10x, v = p - 100 - 2x. The Nash product is largest
     * at p = 110 with the option (10 · 8 = 80; without it at most 5 · 5 = 25); the best joint gain is 18.
     */
    private static ScenarioFacts small() {
        return new ScenarioFacts(UUID.nameUUIDFromBytes(new byte[] {1}), "Small", 1,
                new MainIssue("price", "Price", "USD", true), BigDecimal.valueOf(110), BigDecimal.valueOf(100),
                Optional.empty(), Optional.of(BigDecimal.valueOf(110)), EvaluationCriteria.NONE, DimensionWeights.DEFAULT,
                List.of(), List.of(new SecondaryIssue("extra", "Extra", List.of(
                        new IssueOption("yes", "Included", BigDecimal.TEN, BigDecimal.valueOf(2))))));
    }

    @Test
    void theNashPointMaximisesTheProductOfGains() {
        OutcomeSpace space = new OutcomeSpaceAnalyzer().analyze(small(), Optional.empty());

        OutcomePoint nash = space.nashPoint().orElseThrow();
        assertThat(nash.mainValue()).isEqualByComparingTo("110");
        assertThat(nash.options()).isEqualTo(Map.of("extra", "yes"));
        assertThat(nash.userUtility()).isCloseTo(10, within(1e-9));
        assertThat(nash.counterpartUtility()).isCloseTo(8, within(1e-9));
        assertThat(space.maxJointUtility()).isCloseTo(18, within(1e-9));
        assertThat(space.packagesEvaluated()).isEqualTo(82);
    }

    @Test
    void theParetoFrontierHoldsOnlyUndominatedPackagesInAscendingUserUtility() {
        OutcomeSpace space = new OutcomeSpaceAnalyzer().analyze(small(), Optional.empty());
        List<OutcomePoint> f = space.paretoFrontier();

        for (int i = 1; i < f.size(); i++) {
            assertThat(f.get(i).userUtility()).isGreaterThan(f.get(i - 1).userUtility());
            assertThat(f.get(i).counterpartUtility()).isLessThan(f.get(i - 1).counterpartUtility());
        }
        assertThat(f).anySatisfy(p -> assertThat(p.options()).isEqualTo(Map.of("extra", "yes")));
        // the no-option package at 105 (u 5, v 5) is dominated by the option package at 107 (u 13, v 5)
        assertThat(f).noneSatisfy(p -> {
            assertThat(p.options()).isEmpty();
            assertThat(p.mainValue()).isEqualByComparingTo("105");
        });
    }

    @Test
    void aDealWithoutTheCheapOptionLeavesJointGainOnTheTable() {
        OutcomeSpace space = new OutcomeSpaceAnalyzer().analyze(small(),
                Optional.of(new DealTerms(BigDecimal.valueOf(105), Map.of())));

        assertThat(space.jointGainShare().getAsDouble()).isCloseTo(10.0 / 18, within(1e-9));
        assertThat(space.distanceToFrontier().getAsDouble()).isGreaterThan(0);
        assertThat(space.distanceToNash().getAsDouble()).isCloseTo(Math.hypot(5 - 10, 5 - 8), within(1e-9));
    }
}

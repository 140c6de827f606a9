package io.negotiationmaster.scoring.creating;

import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.IssueOption;
import io.negotiationmaster.performance.OutcomePoint;
import io.negotiationmaster.performance.OutcomeSpace;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.performance.SecondaryIssue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Enumerates the packages of a scenario and finds the Pareto frontier and the Nash bargaining point.
 *
 * <p>Utilities are money gains over each side's disagreement point: the user's is how much better the main value
 * is than the user's limit ({@link ScenarioFacts#userLimit()}) plus the value of the secondary options; the
 * counterpart's is how much better the main value is than its reservation value minus the cost of the options.
 * The grid of main values spans the counterpart's opening, its reservation value and the user's limit. The
 * enumeration is bounded: at most {@value #MAX_COMBINATIONS} combinations of secondary options (issues past the
 * bound stay at "nothing agreed") and a grid of 5 to 41 main values so that no more than about
 * {@value #TARGET_PACKAGES} packages are evaluated.
 */
public final class OutcomeSpaceAnalyzer {
    /** The most combinations of secondary options enumerated. */
    public static final int MAX_COMBINATIONS = 1024;
    /** The number of packages the grid size aims at. */
    public static final int TARGET_PACKAGES = 4096;

    /** Creates an analyzer. */
    public OutcomeSpaceAnalyzer() {
        // stateless
    }

    /** The outcome space of {@code scenario}, with the agreed package placed in it when there is a deal. */
    public OutcomeSpace analyze(ScenarioFacts scenario, Optional<DealTerms> deal) {
        List<SecondaryIssue> issues = boundedIssues(scenario.secondaryIssues());
        int combos = 1;
        for (SecondaryIssue i : issues) {
            combos *= i.options().size() + 1;
        }
        int grid = Math.max(5, Math.min(41, TARGET_PACKAGES / combos));
        double lo = Math.min(scenario.counterpartOpening().doubleValue(),
                Math.min(scenario.counterpartReservation().doubleValue(), scenario.userLimit().doubleValue()));
        double hi = Math.max(scenario.counterpartOpening().doubleValue(),
                Math.max(scenario.counterpartReservation().doubleValue(), scenario.userLimit().doubleValue()));
        double[] comboValue = new double[combos];
        double[] comboCost = new double[combos];
        for (int c = 0; c < combos; c++) {
            int rest = c;
            for (SecondaryIssue issue : issues) {
                int radix = issue.options().size() + 1;
                int pick = rest % radix;
                rest /= radix;
                if (pick > 0) {
                    IssueOption o = issue.options().get(pick - 1);
                    comboValue[c] += o.valueToUser().doubleValue();
                    comboCost[c] += o.costToCounterpart().doubleValue();
                }
            }
        }
        int n = grid * combos;
        double[] main = new double[n];
        double[] u = new double[n];
        double[] v = new double[n];
        int[] combo = new int[n];
        int k = 0;
        for (int g = 0; g < grid; g++) {
            double value = lo + (hi - lo) * g / (grid - 1);
            for (int c = 0; c < combos; c++) {
                main[k] = value;
                combo[k] = c;
                u[k] = userUtility(scenario, value) + comboValue[c];
                v[k] = counterpartUtility(scenario, value) - comboCost[c];
                k++;
            }
        }
        // Pareto frontier: sweep by descending user utility, keep points that raise the counterpart's best
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> u[a] != u[b] ? Double.compare(u[b], u[a]) : Double.compare(v[b], v[a]));
        var frontier = new ArrayList<OutcomePoint>();
        double bestV = Double.NEGATIVE_INFINITY;
        for (int idx : order) {
            if (v[idx] > bestV + 1e-9) {
                frontier.add(point(issues, main[idx], combo[idx], u[idx], v[idx]));
                bestV = v[idx];
            }
        }
        java.util.Collections.reverse(frontier);
        int nash = -1;
        double nashProduct = -1;
        double maxJoint = 0;
        for (int i = 0; i < n; i++) {
            if (u[i] >= 0 && v[i] >= 0) {
                double product = u[i] * v[i];
                if (product > nashProduct + 1e-9) {
                    nashProduct = product;
                    nash = i;
                }
                maxJoint = Math.max(maxJoint, u[i] + v[i]);
            }
        }
        Optional<OutcomePoint> nashPoint = nash < 0 ? Optional.empty()
                : Optional.of(point(issues, main[nash], combo[nash], u[nash], v[nash]));
        Optional<OutcomePoint> dealPoint = deal.map(d -> dealPoint(scenario, d));
        OptionalDouble toFrontier = OptionalDouble.empty();
        OptionalDouble toNash = OptionalDouble.empty();
        OptionalDouble share = OptionalDouble.empty();
        if (dealPoint.isPresent()) {
            OutcomePoint d = dealPoint.get();
            double min = Double.POSITIVE_INFINITY;
            for (OutcomePoint f : frontier) {
                min = Math.min(min, distance(d, f));
            }
            toFrontier = OptionalDouble.of(Math.max(0, min));
            if (nashPoint.isPresent()) {
                toNash = OptionalDouble.of(distance(d, nashPoint.get()));
            }
            if (maxJoint > 0) {
                share = OptionalDouble.of(Math.max(0, Math.min(1, d.jointUtility() / maxJoint)));
            }
        }
        return new OutcomeSpace(n, frontier, nashPoint, maxJoint, dealPoint, toFrontier, toNash, share);
    }

    private static List<SecondaryIssue> boundedIssues(List<SecondaryIssue> all) {
        var kept = new ArrayList<SecondaryIssue>();
        long combos = 1;
        for (SecondaryIssue i : all) {
            if (combos * (i.options().size() + 1) > MAX_COMBINATIONS) {
                break;
            }
            combos *= i.options().size() + 1;
            kept.add(i);
        }
        return kept;
    }

    private static double userUtility(ScenarioFacts s, double main) {
        double diff = main - s.userLimit().doubleValue();
        return s.mainIssue().userWantsLow() ? -diff : diff;
    }

    private static double counterpartUtility(ScenarioFacts s, double main) {
        double diff = main - s.counterpartReservation().doubleValue();
        return s.mainIssue().userWantsLow() ? diff : -diff;
    }

    private static OutcomePoint dealPoint(ScenarioFacts s, DealTerms d) {
        double main = d.mainValue().doubleValue();
        double u = userUtility(s, main);
        double v = counterpartUtility(s, main);
        for (Map.Entry<String, String> e : d.secondaryOptions().entrySet()) {
            IssueOption o = s.secondaryIssue(e.getKey()).flatMap(i -> i.option(e.getValue())).orElseThrow();
            u += o.valueToUser().doubleValue();
            v -= o.costToCounterpart().doubleValue();
        }
        return new OutcomePoint(d.mainValue(), d.secondaryOptions(), u, v);
    }

    private static OutcomePoint point(List<SecondaryIssue> issues, double main, int combo, double u, double v) {
        var options = new HashMap<String, String>();
        int rest = combo;
        for (SecondaryIssue issue : issues) {
            int radix = issue.options().size() + 1;
            int pick = rest % radix;
            rest /= radix;
            if (pick > 0) {
                options.put(issue.key(), issue.options().get(pick - 1).key());
            }
        }
        return new OutcomePoint(BigDecimal.valueOf(main).setScale(2, RoundingMode.HALF_EVEN), options, u, v);
    }

    private static double distance(OutcomePoint a, OutcomePoint b) {
        return Math.hypot(a.userUtility() - b.userUtility(), a.counterpartUtility() - b.counterpartUtility());
    }
}

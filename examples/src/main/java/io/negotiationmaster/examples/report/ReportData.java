package io.negotiationmaster.examples.report;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.performance.NegotiationChart;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressView;
import io.negotiationmaster.scenario.ScenarioView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything one HTML report shows, as the library returns it after a negotiation has been scored.
 *
 * @param userName the trainee's display name
 * @param scenario the scenario played
 * @param negotiation the finished negotiation
 * @param transcript every message, in order ({@code nm.negotiations().history})
 * @param report the performance report ({@code nm.performance().finish} or {@code report})
 * @param chart the chart data ({@code nm.performance().chart})
 * @param progress the user's progress ({@code nm.performance().progress})
 * @param whatIfs the coach's alternatives with their simulated offer paths (may be empty)
 * @param scenarioTitles scenario id → title, to name the sessions of the progress chart and the recommendation
 */
public record ReportData(String userName, ScenarioView scenario, Negotiation negotiation, List<Message> transcript,
        PerformanceReport report, NegotiationChart chart, ProgressView progress, Map<UUID, String> scenarioTitles,
        List<WhatIfData> whatIfs) {

    /** Requires every field and copies the collections. */
    public ReportData {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(negotiation, "negotiation");
        transcript = List.copyOf(transcript);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(progress, "progress");
        whatIfs = List.copyOf(whatIfs);
        scenarioTitles = Map.copyOf(scenarioTitles);
    }
}

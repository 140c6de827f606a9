package io.negotiationmaster.examples.report;

import io.negotiationmaster.coaching.WhatIf;
import io.negotiationmaster.performance.OfferPoint;
import java.util.List;
import java.util.Objects;

/**
 * A what-if for the report: the coach's alternative and the offers of its simulated run, drawn beside the actual
 * negotiation dance.
 *
 * @param whatIf the alternative, its outcome and the lines that replay it
 * @param path both sides' offers on the main issue in the simulated run
 */
public record WhatIfData(WhatIf whatIf, List<OfferPoint> path) {

    /** Copies the path. */
    public WhatIfData {
        Objects.requireNonNull(whatIf, "whatIf");
        path = List.copyOf(path);
    }
}

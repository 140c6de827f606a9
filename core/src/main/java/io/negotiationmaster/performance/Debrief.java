package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What is revealed only after the end: the counterpart's confidential figures and what was possible.
 *
 * @param counterpartOpening the counterpart's opening value
 * @param counterpartReservation the counterpart's private walk-away value
 * @param userLimit the user's walk-away value used for the zone (the alternative, else the counterpart's opening)
 * @param zone the bargaining zone between the two walk-away values; empty when they do not overlap (no ZOPA)
 * @param dealShareOfZone where the deal landed in the zone, as the user's share: 0 at the user's limit, 1 at
 *     the counterpart's reservation; present only for a deal inside a zone of positive width
 * @param trades every secondary option that was available, with its value and cost
 */
public record Debrief(BigDecimal counterpartOpening, BigDecimal counterpartReservation, BigDecimal userLimit,
                      Optional<BargainingZone> zone, OptionalDouble dealShareOfZone, List<AvailableTrade> trades) {
    /** Validates and copies. */
    public Debrief {
        Objects.requireNonNull(counterpartOpening, "counterpartOpening");
        Objects.requireNonNull(counterpartReservation, "counterpartReservation");
        Objects.requireNonNull(userLimit, "userLimit");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dealShareOfZone, "dealShareOfZone");
        dealShareOfZone.ifPresent(s -> Scores.requireUnit(s, "dealShareOfZone"));
        trades = List.copyOf(trades);
    }
}

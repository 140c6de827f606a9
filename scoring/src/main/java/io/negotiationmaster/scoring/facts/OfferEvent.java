package io.negotiationmaster.scoring.facts;

import io.negotiationmaster.negotiation.Party;
import java.math.BigDecimal;

/**
 * A main-issue offer in the transcript.
 *
 * @param turn the turn index
 * @param party who offered
 * @param value the value offered
 * @param first whether it is this party's first offer
 * @param concession how far (in money) it moved towards the other side compared with the party's previous offer;
 *     negative when it moved away, 0 for a first offer
 * @param reasoned whether the same message gave a justification or an objective standard
 */
public record OfferEvent(int turn, Party party, BigDecimal value, boolean first, double concession, boolean reasoned) {
}

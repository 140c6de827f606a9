package io.negotiationmaster.scoring.facts;

import io.negotiationmaster.negotiation.Party;

/**
 * A concession: an offer moving towards the other side, or a message read as a concession without an amount.
 *
 * @param turn the turn index
 * @param party who conceded
 * @param size how far it moved, in money (0 when the amount is unknown)
 */
public record Concession(int turn, Party party, double size) {
}

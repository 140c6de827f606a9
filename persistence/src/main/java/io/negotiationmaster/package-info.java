/**
 * The entry point: {@link io.negotiationmaster.NegotiationMaster}, built with
 * {@link io.negotiationmaster.NegotiationMaster#builder()}.
 */
package io.negotiationmaster;

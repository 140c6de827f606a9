/**
 * What-if coaching: an in-memory {@link io.negotiationmaster.coaching.NegotiationSimulator} that replays a
 * negotiation's user lines against the same scenario and seed without storage, and a
 * {@link io.negotiationmaster.coaching.Coach} that finds the user's decisive moments after the end and replays
 * each with a better move, reporting the outcome and scores it would have earned
 * ({@link io.negotiationmaster.coaching.WhatIf}). Hosts reach it through {@code NegotiationMaster.coaching()}.
 */
package io.negotiationmaster.coaching;

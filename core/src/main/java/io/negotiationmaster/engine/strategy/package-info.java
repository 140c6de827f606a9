/**
 * The AI counterpart's decisions (step 2 of the engine, "Decide"): a pure, deterministic strategy that, given the
 * counterpart's profile, its private state and a summary of the user's message, chooses its moves and its next
 * offer.
 *
 * <p>Entry point: {@link io.negotiationmaster.engine.strategy.Negotiator}. Inputs:
 * {@link io.negotiationmaster.engine.strategy.CounterpartProfile} (built once per negotiation),
 * {@link io.negotiationmaster.engine.strategy.CounterpartState} (the private, JSON-serialisable state stored with
 * the negotiation) and {@link io.negotiationmaster.engine.strategy.UserMove} (what the reader saw). Output:
 * {@link io.negotiationmaster.engine.strategy.Decision}. The counterpart never offers nor accepts terms worth less
 * to it than its reservation value, counting secondary concessions as money.
 */
package io.negotiationmaster.engine.strategy;

/** Arithmetic behind the counterpart's strategy (valuation, concession curve, money rounding). Not API. */
package io.negotiationmaster.engine.strategy.internal;

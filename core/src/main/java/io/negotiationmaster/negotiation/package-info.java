/** Negotiation sessions: the state of a negotiation, its messages, offers, turns and moves. */
package io.negotiationmaster.negotiation;

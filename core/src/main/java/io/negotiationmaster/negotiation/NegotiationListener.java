package io.negotiationmaster.negotiation;

/**
 * Receives {@link NegotiationEvent}s, on the thread that made the call. A listener that throws is logged and
 * ignored: the turn it reports on has already been stored.
 */
@FunctionalInterface
public interface NegotiationListener {
    /** Called for every event of every negotiation of this library instance. */
    void onEvent(NegotiationEvent event);
}

/**
 * The library's exceptions: one unchecked root, {@link io.negotiationmaster.error.NegotiationMasterException},
 * and narrow subclasses a host can map to its own error codes.
 */
package io.negotiationmaster.error;

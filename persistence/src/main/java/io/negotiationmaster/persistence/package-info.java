/**
 * The database side of NegotiationMaster: which databases it runs on, its bundled migrations and its
 * maintenance operations. Everything under {@code internal} is not API.
 */
package io.negotiationmaster.persistence;

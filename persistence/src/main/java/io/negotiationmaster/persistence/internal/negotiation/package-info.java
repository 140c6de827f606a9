/** MyBatis storage of negotiations, messages, moves and decision records. Not API. */
package io.negotiationmaster.persistence.internal.negotiation;

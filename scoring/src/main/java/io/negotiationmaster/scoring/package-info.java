/** Pure computation of the performance analysis of a finished negotiation. */
package io.negotiationmaster.scoring;

/** Claiming value: the bargaining-zone share, the rubric's value bands, the opening and the concession pattern. */
package io.negotiationmaster.scoring.claiming;

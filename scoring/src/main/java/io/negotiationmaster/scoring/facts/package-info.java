/** Facts derived once from a finished negotiation (offers, concessions, move counts) and shared by the scorers. */
package io.negotiationmaster.scoring.facts;

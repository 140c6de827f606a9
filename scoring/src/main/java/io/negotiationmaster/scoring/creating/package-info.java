/** Creating value: interests, issues beyond the main one, trades, secondary value, and the outcome space. */
package io.negotiationmaster.scoring.creating;

/** Managing relationships: courtesy, empathy, reasons, reciprocity, threats and insults, rapport, the close. */
package io.negotiationmaster.scoring.relationships;

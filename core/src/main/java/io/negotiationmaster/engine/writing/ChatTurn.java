package io.negotiationmaster.engine.writing;

import io.negotiationmaster.negotiation.Party;
import java.util.Objects;

/**
 * One message of the conversation so far, as given to a {@link LanguageModel}.
 *
 * @param party who said it
 * @param text  what was said
 */
public record ChatTurn(Party party, String text) {
    /** Validates presence. */
    public ChatTurn {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(text, "text");
    }
}

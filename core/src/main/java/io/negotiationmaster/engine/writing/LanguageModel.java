package io.negotiationmaster.engine.writing;

import java.time.Duration;
import java.util.List;

/**
 * Port to a chat language model that phrases an already decided move. The engine decides; the model only words
 * the decision. Its text is always checked by a {@link ReplyGuard} before use.
 */
public interface LanguageModel {
    /**
     * Phrases the decided move.
     *
     * @param systemPrompt the public persona and the rules (style, no other amounts, nothing confidential)
     * @param conversation the conversation so far, oldest first
     * @param instruction  the decided move with its amounts, e.g. {@code "Counter-offer $23,200; include the
     *                     maintenance package."}
     * @param timeout      the longest the caller will wait
     * @return the phrased reply
     * @throws LanguageModelException when the model fails or the timeout passes
     */
    String phrase(String systemPrompt, List<ChatTurn> conversation, String instruction, Duration timeout);
}

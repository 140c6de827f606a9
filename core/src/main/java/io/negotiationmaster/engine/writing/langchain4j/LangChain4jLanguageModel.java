package io.negotiationmaster.engine.writing.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.negotiationmaster.engine.writing.ChatTurn;
import io.negotiationmaster.engine.writing.LanguageModel;
import io.negotiationmaster.engine.writing.LanguageModelException;
import io.negotiationmaster.negotiation.Party;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link LanguageModel} port over any LangChain4j {@link ChatModel} (OpenAI-compatible endpoints, Ollama,
 * Anthropic, Gemini…): the engine decides the move, the model only phrases it. LangChain4j is an optional
 * dependency: add {@code dev.langchain4j:langchain4j-core} and the provider module you use.
 *
 * <pre>{@code
 * ChatModel chat = OpenAiChatModel.builder().baseUrl(url).apiKey(key).modelName("gpt-4o-mini")
 *         .timeout(Duration.ofSeconds(8)).build();
 * NegotiationMaster nm = NegotiationMaster.builder().sqlite(file)
 *         .languageModel(new LangChain4jLanguageModel(chat), Duration.ofSeconds(8)).build();
 * }</pre>
 *
 * <p>The call blocks the calling thread (the library starts no threads); set the same timeout on the chat model
 * itself. A reply that arrives after {@code timeout} is discarded, and the engine falls back to its template.
 */
public final class LangChain4jLanguageModel implements LanguageModel {
    private final ChatModel chat;

    /** @param chat the host's configured chat model */
    public LangChain4jLanguageModel(ChatModel chat) {
        this.chat = Objects.requireNonNull(chat, "chat");
    }

    @Override
    public String phrase(String systemPrompt, List<ChatTurn> conversation, String instruction, Duration timeout) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(systemPrompt));
        for (ChatTurn turn : conversation) {
            // the counterpart is the model's side of the conversation
            messages.add(turn.party() == Party.AI ? AiMessage.from(turn.text()) : UserMessage.from(turn.text()));
        }
        messages.add(UserMessage.from("[Instruction for your next reply, not from the other side] " + instruction));
        long start = System.nanoTime();
        ChatResponse response;
        try {
            response = chat.chat(messages);
        } catch (RuntimeException e) {
            throw new LanguageModelException("the language model failed: " + e.getMessage(), e);
        }
        if (System.nanoTime() - start > timeout.toNanos()) {
            throw new LanguageModelException("the language model answered after the " + timeout.toMillis()
                    + " ms timeout", null);
        }
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new LanguageModelException("the language model returned no text", null);
        }
        return text;
    }
}

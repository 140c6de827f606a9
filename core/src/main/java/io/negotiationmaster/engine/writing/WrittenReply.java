package io.negotiationmaster.engine.writing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A phrased reply.
 *
 * @param text        what the counterpart says
 * @param templateKey identifies the template combination used; record it in the state
 *                    ({@code CounterpartState.withTemplateUsed}) so it is not used again in this negotiation
 * @param amounts     the amounts the reply states (the decided ones and any public market reference)
 * @param source      who phrased it
 */
public record WrittenReply(String text, String templateKey, List<BigDecimal> amounts, Source source) {
    /** Who phrased a reply. */
    public enum Source {
        /** The bundled template bank. */
        TEMPLATE,
        /** A language model, checked by the {@link ReplyGuard}. */
        MODEL
    }

    /** Validates presence and copies the list. */
    public WrittenReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(templateKey, "templateKey");
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(source, "source");
    }
}

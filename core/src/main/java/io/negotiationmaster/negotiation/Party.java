package io.negotiationmaster.negotiation;

import java.util.Locale;

/** Who sent a message or made a move: the person training, or the AI counterpart. */
public enum Party {
    /** The person practising. Stored as {@code "user"}. */
    USER,
    /** The AI counterpart. Stored as {@code "ai"}. */
    AI;

    /** The stored name, {@code "user"} or {@code "ai"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The party stored under {@code code}. @throws IllegalArgumentException for any other value */
    public static Party fromCode(String code) {
        if ("user".equals(code)) {
            return USER;
        }
        if ("ai".equals(code)) {
            return AI;
        }
        throw new IllegalArgumentException("unknown sender type: " + code);
    }
}

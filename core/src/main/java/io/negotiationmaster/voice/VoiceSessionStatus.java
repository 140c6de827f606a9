package io.negotiationmaster.voice;

import java.util.Locale;

/** The {@code voice_sessions.status} of a session. */
public enum VoiceSessionStatus {
    /** Accepting utterances. */
    ACTIVE,
    /** Closed by the host; stored with its final timing. */
    CLOSED;

    /** The stored code, lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with {@code code}. */
    public static VoiceSessionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package io.negotiationmaster.voice;

import io.negotiationmaster.error.ConflictException;
import java.util.UUID;

/** The voice session was closed; open a new one on the negotiation to go on speaking. Maps to HTTP 409. */
public final class VoiceSessionClosedException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** @param sessionId the closed session */
    public VoiceSessionClosedException(UUID sessionId) {
        super("voice_session", "voice session " + sessionId + " is closed");
    }
}

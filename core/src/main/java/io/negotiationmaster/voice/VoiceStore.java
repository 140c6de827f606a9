package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.MessageMetadata;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for {@code voice_sessions} and the voice link of messages. Runs inside the caller's transaction. */
public interface VoiceStore {

    /** Inserts a new session. */
    void insert(VoiceSessionRecord session);

    /** The session with {@code id}. */
    Optional<VoiceSessionRecord> find(UUID id);

    /** Writes the session's status, end and timing. */
    void update(VoiceSessionRecord session);

    /** The sessions of a negotiation, oldest first. */
    List<VoiceSessionRecord> byNegotiation(UUID negotiationId);

    /** Links a message to the session it was spoken in and replaces its metadata. */
    void linkMessage(UUID messageId, UUID sessionId, MessageMetadata metadata);

    /** The messages linked to a session, in order. */
    List<SpokenMessage> spoken(UUID sessionId);
}

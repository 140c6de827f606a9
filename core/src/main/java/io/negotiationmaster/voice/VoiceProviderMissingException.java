package io.negotiationmaster.voice;

import io.negotiationmaster.error.NegotiationMasterException;

/**
 * Audio was sent but no {@link SpeechToText} is configured ({@code NegotiationMaster.Builder.speechToText}). Text the
 * host already recognised ({@link VoiceSession#say(SpokenText)}) still works. A host maps it to HTTP 501.
 */
public final class VoiceProviderMissingException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing and how to configure it */
    public VoiceProviderMissingException(String message) {
        super(message);
    }
}

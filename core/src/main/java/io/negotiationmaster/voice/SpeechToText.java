package io.negotiationmaster.voice;

/**
 * Port: turns a user's audio into words. Implementations: {@link io.negotiationmaster.voice.http.OpenAiSpeech} (any
 * OpenAI-compatible {@code /v1/audio/transcriptions}), or the host's own. Called outside any database transaction.
 */
public interface SpeechToText {

    /** A short provider name stored with the session ({@code openai}). */
    String name();

    /**
     * The words in {@code clip}.
     *
     * @throws VoiceProviderException when the provider fails or does not answer in time
     */
    Transcription transcribe(AudioClip clip);
}

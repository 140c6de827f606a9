package io.negotiationmaster.voice;

/**
 * Port: speaks the counterpart's reply in its voice. Implementations: {@link EspeakTextToSpeech} (offline),
 * {@link io.negotiationmaster.voice.http.OpenAiSpeech}, {@link io.negotiationmaster.voice.http.ElevenLabsTextToSpeech},
 * or the host's own. Called after the turn's transaction committed.
 */
public interface TextToSpeech {

    /** A short provider name stored with the session ({@code espeak-ng}, {@code elevenlabs}). */
    String name();

    /**
     * {@code text} spoken by {@code voice}.
     *
     * @throws VoiceProviderException when the provider fails or does not answer in time
     */
    SpeechAudio synthesize(String text, SpeakingVoice voice);
}

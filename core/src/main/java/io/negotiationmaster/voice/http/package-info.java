/**
 * Speech providers over HTTP with the JDK's {@link java.net.http.HttpClient}: any OpenAI-compatible speech API
 * ({@link io.negotiationmaster.voice.http.OpenAiSpeech}: transcriptions and speech) and ElevenLabs text-to-speech
 * ({@link io.negotiationmaster.voice.http.ElevenLabsTextToSpeech}). Base URL, key and timeout come from
 * {@link io.negotiationmaster.voice.http.HttpVoiceSettings}; failures are
 * {@link io.negotiationmaster.voice.VoiceProviderException}s.
 */
package io.negotiationmaster.voice.http;

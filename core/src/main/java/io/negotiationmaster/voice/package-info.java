/**
 * Voice sessions ({@code nm.voice()}): a trainee speaks to the AI counterpart and hears its replies. A
 * {@link io.negotiationmaster.voice.VoiceSession} is linked to a running negotiation and stored; each user utterance
 * (audio through a {@link io.negotiationmaster.voice.SpeechToText}, or text the host's browser already recognised)
 * becomes a user message through the same turn as typed text, and the reply is spoken through a
 * {@link io.negotiationmaster.voice.TextToSpeech} in the character's voice. The session's clocks give speaking times,
 * interruptions and response latencies ({@link io.negotiationmaster.voice.SpeechTimeline}), stored with the
 * messages so scoring sees them.
 */
package io.negotiationmaster.voice;

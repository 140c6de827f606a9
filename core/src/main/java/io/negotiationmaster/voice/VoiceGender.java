package io.negotiationmaster.voice;

/** The voice register a synthesiser should pick for a character when it has no voice id of its own. */
public enum VoiceGender {
    /** A female voice. */
    FEMALE,
    /** A male voice. */
    MALE,
    /** No preference: the provider's default voice. */
    UNSPECIFIED
}

package io.negotiationmaster.voice;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A handle on one stored voice session: the user speaks (audio, streamed chunks, or words the host recognised),
 * the counterpart answers with a stored turn and its voice. Safe to share between threads (calls are serialised);
 * appended chunks live in this handle only.
 */
public final class VoiceSession {
    private final Voice voice;
    private final UUID id;
    private final UUID userId;
    private final UUID negotiationId;
    private final VoiceOptions options;
    private final SpeakingVoice speakingVoice;
    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    private AudioFormat chunkFormat;
    private Instant chunkStart;

    VoiceSession(Voice voice, VoiceSessionRecord record, SpeakingVoice speakingVoice) {
        this.voice = voice;
        this.id = record.id();
        this.userId = record.userId();
        this.negotiationId = record.negotiationId();
        this.options = record.options();
        this.speakingVoice = speakingVoice;
    }

    /** The session's id (hosts keep it to reattach with {@link Voice#session(UUID, UUID)}). */
    public UUID id() {
        return id;
    }

    /** The negotiation the session is linked to. */
    public UUID negotiationId() {
        return negotiationId;
    }

    /** The counterpart's voice. */
    public SpeakingVoice speakingVoice() {
        return speakingVoice;
    }

    /** The session's limits. */
    public VoiceOptions options() {
        return options;
    }

    /** The stored session with its timing so far. */
    public VoiceSessionRecord record() {
        return voice.record(userId, id);
    }

    /**
     * Words the host's recogniser heard, with when they were said: one turn, the reply spoken if a text-to-speech is
     * configured. Works without a speech-to-text provider.
     *
     * @throws io.negotiationmaster.error.ValidationException when the text is empty or too long
     * @throws VoiceSessionClosedException when the session was closed
     * @throws io.negotiationmaster.error.NegotiationFinishedException when the negotiation has ended
     * @throws ReplyNotSpokenException when the turn was stored but its reply could not be synthesised
     */
    public synchronized VoiceReply say(SpokenText words) {
        Objects.requireNonNull(words, "words");
        if (Duration.between(words.start(), words.end()).compareTo(options.maxUtterance()) > 0) {
            throw new AudioRejectedException(AudioRejectedException.Reason.TOO_LONG, "utterance lasts "
                    + Duration.between(words.start(), words.end()) + ", more than the " + options.maxUtterance()
                    + " allowed");
        }
        VoiceSessionRecord record = voice.requireUsable(userId, id);
        return voice.respond(record, speakingVoice, words.text(), words.start(), words.end(), words.confidence());
    }

    /**
     * One complete utterance as audio: checked against the limits, transcribed, then one turn. The utterance is taken
     * to have ended when the clip arrived and to have lasted the clip's length.
     *
     * @throws VoiceProviderMissingException when no speech-to-text provider is configured
     * @throws AudioRejectedException when the clip is empty, too large, too long or has no recognisable words
     * @throws VoiceProviderException when transcription fails (nothing is stored)
     * @throws ReplyNotSpokenException when the turn was stored but its reply could not be synthesised
     */
    public synchronized VoiceReply speak(AudioClip clip) {
        Objects.requireNonNull(clip, "clip");
        Instant received = voice.now();
        return hear(clip, Optional.empty(), received);
    }

    /**
     * Appends a chunk of the utterance being spoken (streamed from a microphone). The utterance starts with the first
     * chunk; {@link #endUtterance()} ends it.
     *
     * @throws AudioRejectedException when the format changes mid-utterance or the bytes exceed the limit (the
     *     utterance so far is discarded)
     */
    public synchronized void append(byte[] chunk, AudioFormat format) {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(format, "format");
        if (chunkFormat != null && chunkFormat != format) {
            discardChunks();
            throw new AudioRejectedException(AudioRejectedException.Reason.UNSUPPORTED_FORMAT, "chunks of one "
                    + "utterance must share a format; got " + format + " after " + chunkFormat);
        }
        if ((long) chunks.size() + chunk.length > options.maxAudioBytes()) {
            discardChunks();
            throw new AudioRejectedException(AudioRejectedException.Reason.TOO_LARGE, "utterance exceeds "
                    + options.maxAudioBytes() + " bytes");
        }
        if (chunkStart == null) {
            chunkStart = voice.now();
            chunkFormat = format;
        }
        chunks.writeBytes(chunk);
    }

    /**
     * Ends the utterance built from appended chunks: transcribed, then one turn, as {@link #speak(AudioClip)}.
     *
     * @throws AudioRejectedException when nothing was appended
     */
    public synchronized VoiceReply endUtterance() {
        if (chunkStart == null) {
            throw new AudioRejectedException(AudioRejectedException.Reason.EMPTY, "no audio was appended before "
                    + "endUtterance()");
        }
        Instant end = voice.now();
        Instant start = chunkStart;
        AudioClip clip = new AudioClip(chunks.toByteArray(), chunkFormat);
        discardChunks();
        AudioClip timed = clip.duration().isPresent() ? clip
                : new AudioClip(clip.bytes(), clip.format(), Optional.of(Duration.between(start, end)));
        return hear(timed, Optional.of(start), end);
    }

    /**
     * Closes the session and stores its final timing; further utterances are refused. Closing twice is harmless.
     *
     * @return the stored, closed session
     */
    public synchronized VoiceSessionRecord close() {
        discardChunks();
        return voice.close(userId, id);
    }

    private VoiceReply hear(AudioClip clip, Optional<Instant> knownStart, Instant end) {
        SpeechToText stt = voice.requireSpeechToText();
        if (clip.size() == 0) {
            throw new AudioRejectedException(AudioRejectedException.Reason.EMPTY, "audio is empty");
        }
        if (clip.size() > options.maxAudioBytes()) {
            throw new AudioRejectedException(AudioRejectedException.Reason.TOO_LARGE, "audio has " + clip.size()
                    + " bytes, more than the " + options.maxAudioBytes() + " allowed");
        }
        clip.duration().ifPresent(this::requireShortEnough);
        VoiceSessionRecord record = voice.requireUsable(userId, id);
        Transcription heard = stt.transcribe(clip);
        Duration length = clip.duration().or(heard::duration).orElse(Duration.ZERO);
        requireShortEnough(length);
        if (heard.text().isBlank()) {
            throw new AudioRejectedException(AudioRejectedException.Reason.EMPTY, "no words were recognised in the "
                    + "audio");
        }
        Instant start = knownStart.orElse(end.minus(length));
        return voice.respond(record, speakingVoice, heard.text(), start, end, heard.confidence());
    }

    private void requireShortEnough(Duration length) {
        if (length.compareTo(options.maxUtterance()) > 0) {
            throw new AudioRejectedException(AudioRejectedException.Reason.TOO_LONG, "audio lasts " + length
                    + ", more than the " + options.maxUtterance() + " allowed");
        }
    }

    private void discardChunks() {
        chunks.reset();
        chunkFormat = null;
        chunkStart = null;
    }
}

package io.negotiationmaster.voice;

import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.Negotiations;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.negotiation.SpeechTiming;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.storage.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The voice facet ({@code nm.voice()}): opens stored voice sessions on running negotiations. Each user utterance
 * becomes a user message through the same turn as typed text ({@link Negotiations#saySpoken}); the reply is
 * synthesised in the character's voice and handed back with its audio.
 *
 * <p>Consistency: audio is transcribed before the turn's transaction, the reply is synthesised after it commits.
 * A provider failure before the turn stores nothing; a synthesis failure leaves the turn stored and says so
 * ({@link ReplyNotSpokenException}). Without a {@link SpeechToText}, audio input is refused
 * ({@link VoiceProviderMissingException}) while text the host recognised ({@link VoiceSession#say(SpokenText)})
 * still works; without a {@link TextToSpeech} replies come back as text only.
 *
 * <pre>{@code
 * VoiceSession s = nm.voice().open(alice, negotiationId, VoiceOptions.defaults());
 * VoiceReply r = s.say(new SpokenText("Would you take 21,500?", startedAt, stoppedAt));
 * play(r.audio());                      // the reply in the counterpart's voice
 * s.close();
 * nm.performance().finish(alice, negotiationId);   // interruptions and speaking share in the report
 * }</pre>
 */
public final class Voice {
    private final Negotiations negotiations;
    private final ScenarioCatalog catalog;
    private final VoiceStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final Optional<SpeechToText> speechToText;
    private final Optional<TextToSpeech> textToSpeech;
    private final Supplier<UUID> ids;

    /**
     * Wires the facet; hosts get it from {@code NegotiationMaster.voice()}.
     *
     * @param speechToText the recogniser for audio input, if any
     * @param textToSpeech the synthesiser for replies, if any
     */
    public Voice(Negotiations negotiations, ScenarioCatalog catalog, VoiceStore store, Transactions transactions,
            Clock clock, Optional<SpeechToText> speechToText, Optional<TextToSpeech> textToSpeech) {
        this(negotiations, catalog, store, transactions, clock, speechToText, textToSpeech, UUID::randomUUID);
    }

    /** As above, with the session ids given (tests). */
    public Voice(Negotiations negotiations, ScenarioCatalog catalog, VoiceStore store, Transactions transactions,
            Clock clock, Optional<SpeechToText> speechToText, Optional<TextToSpeech> textToSpeech,
            Supplier<UUID> ids) {
        this.negotiations = Objects.requireNonNull(negotiations, "negotiations");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.speechToText = Objects.requireNonNull(speechToText, "speechToText");
        this.textToSpeech = Objects.requireNonNull(textToSpeech, "textToSpeech");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The configured speech-to-text provider, if any. */
    public Optional<SpeechToText> speechToText() {
        return speechToText;
    }

    /** The configured text-to-speech provider, if any. */
    public Optional<TextToSpeech> textToSpeech() {
        return textToSpeech;
    }

    /**
     * Opens and stores a voice session on the user's running negotiation.
     *
     * @throws NotFoundException when the negotiation does not exist
     * @throws AccessDeniedException when it belongs to someone else
     * @throws NegotiationFinishedException when it has ended
     */
    public VoiceSession open(UUID userId, UUID negotiationId, VoiceOptions options) {
        Objects.requireNonNull(options, "options");
        return transactions.inTransaction(() -> {
            NegotiationRecord negotiation = running(userId, negotiationId);
            SpeakingVoice voice = SpeakingVoice.of(catalog.byId(negotiation.scenarioId()));
            Instant now = clock.instant();
            VoiceSessionRecord record = new VoiceSessionRecord(ids.get(), userId, negotiationId,
                    VoiceSessionStatus.ACTIVE, speechToText.map(SpeechToText::name),
                    options.speakReplies() ? textToSpeech.map(TextToSpeech::name) : Optional.empty(), voice.voiceId(),
                    options, now, Optional.empty(), TimingSummary.empty(), now);
            store.insert(record);
            return new VoiceSession(this, record, voice);
        });
    }

    /**
     * A handle on a stored session (another request of the same conversation); audio chunks appended through
     * another handle are not carried over.
     *
     * @throws NotFoundException when the session does not exist
     * @throws AccessDeniedException when it belongs to someone else
     */
    public VoiceSession session(UUID userId, UUID sessionId) {
        return transactions.inTransaction(() -> {
            VoiceSessionRecord record = owned(userId, sessionId);
            NegotiationRecord negotiation = negotiations.record(userId, record.negotiationId());
            return new VoiceSession(this, record, SpeakingVoice.of(catalog.byId(negotiation.scenarioId())));
        });
    }

    /** The voice sessions of the user's negotiation, oldest first. */
    public List<VoiceSessionRecord> sessions(UUID userId, UUID negotiationId) {
        return transactions.inTransaction(() -> {
            negotiations.record(userId, negotiationId);
            return store.byNegotiation(negotiationId);
        });
    }

    /** The stored session, checked for ownership. */
    VoiceSessionRecord record(UUID userId, UUID sessionId) {
        return transactions.inTransaction(() -> owned(userId, sessionId));
    }

    /** Fails unless the session is the user's, active, and its negotiation still runs. */
    VoiceSessionRecord requireUsable(UUID userId, UUID sessionId) {
        return transactions.inTransaction(() -> {
            VoiceSessionRecord record = owned(userId, sessionId);
            if (!record.active()) {
                throw new VoiceSessionClosedException(sessionId);
            }
            running(userId, record.negotiationId());
            return record;
        });
    }

    /** The recogniser, or the typed error saying none is configured. */
    SpeechToText requireSpeechToText() {
        return speechToText.orElseThrow(() -> new VoiceProviderMissingException("audio input needs a speech-to-text "
                + "provider: configure NegotiationMaster.builder().speechToText(...), or send the words the host "
                + "recognised with VoiceSession.say(SpokenText)"));
    }

    Instant now() {
        return clock.instant();
    }

    /** One user utterance through the engine, then the spoken reply; stores the voice timing of both messages. */
    VoiceReply respond(VoiceSessionRecord session, SpeakingVoice voice, String text, Instant start, Instant end,
            Optional<Double> confidence) {
        Optional<BigDecimal> conf = confidence.map(c -> BigDecimal.valueOf(c).setScale(4,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros());
        Turn turn = negotiations.saySpoken(session.userId(), session.negotiationId(), text,
                new SpeechTiming(start, end, conf));
        Optional<SpeechAudio> audio = Optional.empty();
        VoiceProviderException failure = null;
        Optional<TextToSpeech> tts = session.options().speakReplies() ? textToSpeech : Optional.empty();
        if (tts.isPresent()) {
            try {
                audio = Optional.of(tts.get().synthesize(turn.reply().content(), voice));
            } catch (VoiceProviderException e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = new VoiceProviderException(tts.get().name(), tts.get().name() + " failed: " + e, Optional
                        .empty(), false, e);
            }
        }
        Instant handedBack = clock.instant();
        Optional<SpeechAudio> spoken = audio;
        TimingSummary timing = transactions.inTransaction(() -> {
            Message user = turn.userMessage();
            MessageMetadata typed = user.metadata("voice");
            store.linkMessage(user.id(), session.id(), new MessageMetadata(typed.moves(), typed.amounts(),
                    typed.offer(), "voice", start, end, conf.orElse(null)));
            Message reply = turn.reply();
            MessageMetadata replyMeta = spoken.map(a -> {
                MessageMetadata m = reply.metadata("voice");
                return new MessageMetadata(m.moves(), m.amounts(), m.offer(), "voice", handedBack,
                        handedBack.plus(a.duration()), null);
            }).orElseGet(() -> reply.metadata("text"));
            store.linkMessage(reply.id(), session.id(), replyMeta);
            VoiceSessionRecord current = store.find(session.id()).orElseThrow(
                    () -> new NotFoundException("voice session", session.id()));
            TimingSummary summary = timing(current, clock.instant());
            store.update(current.withTiming(summary, clock.instant()));
            return summary;
        });
        if (failure != null) {
            throw new ReplyNotSpokenException(turn, failure);
        }
        return new VoiceReply(turn, new Utterance(io.negotiationmaster.negotiation.Party.USER, start, end), audio,
                handedBack, timing);
    }

    /** Closes the session with its final timing (closing a closed session returns it unchanged). */
    VoiceSessionRecord close(UUID userId, UUID sessionId) {
        return transactions.inTransaction(() -> {
            VoiceSessionRecord record = owned(userId, sessionId);
            if (!record.active()) {
                return record;
            }
            Instant now = clock.instant();
            VoiceSessionRecord closed = record.closed(timing(record, now), now);
            store.update(closed);
            return closed;
        });
    }

    private TimingSummary timing(VoiceSessionRecord session, Instant until) {
        List<Utterance> utterances = new ArrayList<>();
        for (SpokenMessage m : store.spoken(session.id())) {
            MessageMetadata meta = m.metadata();
            if ("voice".equals(meta.source()) && meta.speechStart() != null && meta.speechEnd() != null
                    && !meta.speechEnd().isBefore(meta.speechStart())) {
                utterances.add(new Utterance(m.sender(), meta.speechStart(), meta.speechEnd()));
            }
        }
        return SpeechTimeline.summarise(utterances, session.startedAt(), session.endedAt().orElse(until));
    }

    private VoiceSessionRecord owned(UUID userId, UUID sessionId) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        VoiceSessionRecord record = store.find(sessionId)
                .orElseThrow(() -> new NotFoundException("voice session", sessionId));
        if (!record.userId().equals(userId)) {
            throw new AccessDeniedException("voice session " + sessionId + " belongs to another user");
        }
        return record;
    }

    private NegotiationRecord running(UUID userId, UUID negotiationId) {
        NegotiationRecord negotiation = negotiations.record(userId, negotiationId);
        if (negotiation.status() != NegotiationStatus.IN_PROGRESS) {
            throw new NegotiationFinishedException(negotiationId, negotiation.outcome().map(Outcome::code)
                    .orElse(negotiation.status().code()));
        }
        return negotiation;
    }
}

package io.negotiationmaster.persistence.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.testing.MutableClock;
import io.negotiationmaster.voice.AudioClip;
import io.negotiationmaster.voice.AudioFormat;
import io.negotiationmaster.voice.AudioRejectedException;
import io.negotiationmaster.voice.ReplyNotSpokenException;
import io.negotiationmaster.voice.SpeakingVoice;
import io.negotiationmaster.voice.SpeechAudio;
import io.negotiationmaster.voice.SpeechToText;
import io.negotiationmaster.voice.SpokenText;
import io.negotiationmaster.voice.TextToSpeech;
import io.negotiationmaster.voice.Transcription;
import io.negotiationmaster.voice.VoiceOptions;
import io.negotiationmaster.voice.VoiceProviderException;
import io.negotiationmaster.voice.VoiceProviderMissingException;
import io.negotiationmaster.voice.VoiceReply;
import io.negotiationmaster.voice.VoiceSession;
import io.negotiationmaster.voice.VoiceSessionClosedException;
import io.negotiationmaster.voice.VoiceSessionRecord;
import io.negotiationmaster.voice.VoiceSessionStatus;
import io.negotiationmaster.voice.internal.AudioDurations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Voice sessions on both databases: a spoken negotiation scored with its timing, ownership, limits, failures. */
class VoiceSessionTest {
    private static final String CAR = "used-car-honda-accord";
    private static final Duration REPLY_LENGTH = Duration.ofSeconds(2);

    /** Every reply plays for exactly two seconds (an in-memory fake of the port). */
    private static final class TwoSecondSpeech implements TextToSpeech {
        @Override
        public String name() {
            return "fake-tts";
        }

        @Override
        public SpeechAudio synthesize(String text, SpeakingVoice voice) {
            return new SpeechAudio(AudioDurations.silentWav(REPLY_LENGTH, 8000), AudioFormat.WAV, REPLY_LENGTH);
        }
    }

    /** Hears a fixed sentence in any audio (an in-memory fake of the port). */
    private static final class FixedHearing implements SpeechToText {
        @Override
        public String name() {
            return "fake-stt";
        }

        @Override
        public Transcription transcribe(AudioClip clip) {
            return new Transcription("Can you tell me about the car's service history?", Optional.of(0.8),
                    Optional.empty());
        }
    }

    @DatabaseTest
    void aSpokenNegotiationIsScoredWithItsInterruptionsSpeakingShareAndDuration(TestDatabase db) {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.open(b -> b.textToSpeech(new TwoSecondSpeech()));
        MutableClock clock = db.clock();
        Instant t = clock.instant();
        Negotiation n = nm.negotiations().start(alice, CAR, 7L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults());

        clock.set(t.plusSeconds(5));
        VoiceReply first = session.say(new SpokenText("Hi Sarah, nice to meet you. How has the car been driven?",
                t, t.plusSeconds(4), Optional.of(0.91)));
        clock.set(t.plusSeconds(10));
        // starts at +6 while the first reply plays from +5 to +7: an interruption
        session.say(new SpokenText("Sorry to cut in, has it ever been in an accident?", t.plusSeconds(6),
                t.plusSeconds(9)));
        clock.set(t.plusSeconds(16));
        VoiceReply third = session.say(new SpokenText("Thanks. What about the maintenance records?",
                t.plusSeconds(13), t.plusSeconds(15)));
        clock.set(t.plusSeconds(20));
        VoiceSessionRecord closed = session.close();
        PerformanceReport report = nm.performance().finish(alice, n.id());

        assertThat(first.audio()).hasValueSatisfying(a -> assertThat(a.duration()).isEqualTo(REPLY_LENGTH));
        assertThat(first.handedBackAt()).isEqualTo(t.plusSeconds(5));
        assertThat(third.timing().interruptions()).isEqualTo(1);
        assertThat(closed.status()).isEqualTo(VoiceSessionStatus.CLOSED);
        assertThat(closed.timing().userSpeaking()).isEqualTo(Duration.ofSeconds(9));
        assertThat(closed.timing().counterpartSpeaking()).isEqualTo(Duration.ofSeconds(6));
        assertThat(closed.timing().userShare().getAsDouble()).isEqualTo(0.6);
        assertThat(closed.timing().counterpartLatency()).contains(Duration.ofSeconds(1));
        assertThat(report.metrics().interruptions().getAsInt()).isEqualTo(1);
        assertThat(report.metrics().userSpeakingShare().getAsDouble()).isEqualTo(0.6);
        Map<String, Object> row = db.query("SELECT interruption_count, speaking_time_percentage, "
                + "conversation_duration_seconds FROM negotiation_performance").get(0);
        assertThat(((Number) row.get("interruption_count")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("speaking_time_percentage")).doubleValue()).isEqualTo(60.0);
        assertThat(((Number) row.get("conversation_duration_seconds")).intValue()).isEqualTo(20);
        Map<String, Object> stored = db.query("SELECT status, interruption_count, user_speaking_ms, "
                + "counterpart_speaking_ms, speaking_time_percentage, text_to_speech, voice_id FROM voice_sessions")
                .get(0);
        assertThat(stored).containsEntry("status", "closed").containsEntry("text_to_speech", "fake-tts")
                .containsEntry("voice_id", "pNInz6obpgDQGcFmaJgB");
        assertThat(((Number) stored.get("interruption_count")).intValue()).isEqualTo(1);
        assertThat(((Number) stored.get("user_speaking_ms")).longValue()).isEqualTo(9000);
        assertThat(((Number) stored.get("counterpart_speaking_ms")).longValue()).isEqualTo(6000);
        assertThat(((Number) db.query("SELECT COUNT(*) AS n FROM messages WHERE voice_session_id IS NOT NULL")
                .get(0).get("n")).intValue()).isEqualTo(6);
        assertThat(db.query("SELECT metadata FROM messages WHERE seq = 1").get(0).get("metadata").toString())
                .containsPattern("\"source\":\\s*\"voice\"").containsPattern("\"confidence\":\\s*0\\.91\\b");
    }

    @DatabaseTest
    void anotherUsersSessionIsRefused(TestDatabase db) {
        UUID alice = db.user("alice");
        UUID mallory = db.user("mallory");
        NegotiationMaster nm = db.open(b -> b.noTextToSpeech());
        Negotiation n = nm.negotiations().start(alice, CAR, 1L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults());
        long before = db.count("messages");

        assertThatThrownBy(() -> nm.voice().session(mallory, session.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("another user");
        assertThatThrownBy(() -> nm.voice().open(mallory, n.id(), VoiceOptions.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.count("messages")).isEqualTo(before);
        assertThat(db.count("voice_sessions")).isEqualTo(1);
    }

    @DatabaseTest
    void audioWithoutASpeechProviderIsATypedErrorWhileRecognisedTextStillWorks(TestDatabase db) {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.open(b -> b.noTextToSpeech());
        Negotiation n = nm.negotiations().start(alice, CAR, 2L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults());
        long before = db.count("messages");
        Instant t = db.clock().instant();

        assertThatThrownBy(() -> session.speak(new AudioClip(AudioDurations.silentWav(Duration.ofSeconds(1), 8000),
                AudioFormat.WAV))).isInstanceOf(VoiceProviderMissingException.class)
                .hasMessageContaining("speechToText");
        assertThat(db.count("messages")).isEqualTo(before);
        VoiceReply reply = session.say(new SpokenText("Hello Sarah, what's the best price?", t.minusSeconds(3), t));
        assertThat(reply.audio()).isEmpty();
        assertThat(reply.replyText()).isNotBlank();
        assertThat(db.count("messages")).isEqualTo(before + 2);
    }

    @DatabaseTest
    void audioIsTranscribedWithinItsLimitsAndBadAudioStoresNothing(TestDatabase db) {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.open(b -> b.speechToText(new FixedHearing()).noTextToSpeech());
        Negotiation n = nm.negotiations().start(alice, CAR, 3L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults()
                .withMaxUtterance(Duration.ofSeconds(5)).withMaxAudioBytes(200_000));
        long before = db.count("messages");

        assertThatThrownBy(() -> session.speak(new AudioClip(AudioDurations.silentWav(Duration.ofSeconds(6), 8000),
                AudioFormat.WAV))).isInstanceOf(AudioRejectedException.class).hasMessageContaining("PT5S")
                .extracting(e -> ((AudioRejectedException) e).reason()).isEqualTo(AudioRejectedException.Reason.TOO_LONG);
        assertThatThrownBy(() -> session.speak(new AudioClip(new byte[200_001], AudioFormat.WEBM)))
                .isInstanceOf(AudioRejectedException.class).hasMessageContaining("200000");
        assertThatThrownBy(() -> AudioFormat.parse("audio/x-aiff"))
                .isInstanceOf(AudioRejectedException.class).hasMessageContaining("not supported");
        assertThat(db.count("messages")).isEqualTo(before);

        byte[] wav = AudioDurations.silentWav(Duration.ofSeconds(2), 8000);
        session.append(java.util.Arrays.copyOfRange(wav, 0, 1000), AudioFormat.WAV);
        session.append(java.util.Arrays.copyOfRange(wav, 1000, wav.length), AudioFormat.WAV);
        VoiceReply reply = session.endUtterance();

        assertThat(reply.turn().userMessage().content()).isEqualTo("Can you tell me about the car's service history?");
        assertThat(reply.heard().length()).isEqualTo(Duration.ZERO);
        assertThat(db.count("messages")).isEqualTo(before + 2);
        assertThat(db.query("SELECT speech_to_text FROM voice_sessions").get(0)).containsEntry("speech_to_text",
                "fake-stt");
    }

    @DatabaseTest
    void aFailedSynthesisKeepsTheStoredTurnAndSaysSo(TestDatabase db) {
        UUID alice = db.user("alice");
        TextToSpeech broken = new TextToSpeech() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public SpeechAudio synthesize(String text, SpeakingVoice voice) {
                throw new VoiceProviderException("broken", "broken answered with HTTP 500", Optional.of(500), false,
                        null);
            }
        };
        NegotiationMaster nm = db.open(b -> b.textToSpeech(broken));
        Negotiation n = nm.negotiations().start(alice, CAR, 4L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults());
        long before = db.count("messages");
        Instant t = db.clock().instant();

        assertThatThrownBy(() -> session.say(new SpokenText("Hi, is the price negotiable?", t.minusSeconds(2), t)))
                .isInstanceOf(ReplyNotSpokenException.class).hasMessageContaining("turn was stored")
                .hasMessageContaining("HTTP 500")
                .satisfies(e -> assertThat(((ReplyNotSpokenException) e).turn().reply().content()).isNotBlank());
        assertThat(db.count("messages")).isEqualTo(before + 2);
        assertThat(db.query("SELECT metadata FROM messages WHERE seq = 2").get(0).get("metadata").toString())
                .containsPattern("\"source\":\\s*\"text\"");
    }

    @DatabaseTest
    void aClosedSessionAndAFinishedNegotiationRefuseUtterances(TestDatabase db) {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.open(b -> b.noTextToSpeech());
        Negotiation n = nm.negotiations().start(alice, CAR, 5L);
        VoiceSession session = nm.voice().open(alice, n.id(), VoiceOptions.defaults());
        Instant t = db.clock().instant();
        session.close();

        assertThatThrownBy(() -> session.say(new SpokenText("Hello?", t.minusSeconds(1), t)))
                .isInstanceOf(VoiceSessionClosedException.class).hasMessageContaining("closed");
        VoiceSession again = nm.voice().open(alice, n.id(), VoiceOptions.defaults());
        nm.negotiations().abandon(alice, n.id());
        assertThatThrownBy(() -> again.say(new SpokenText("Wait!", t.minusSeconds(1), t)))
                .isInstanceOf(NegotiationFinishedException.class);
        assertThatThrownBy(() -> nm.voice().open(alice, n.id(), VoiceOptions.defaults()))
                .isInstanceOf(NegotiationFinishedException.class);
        List<VoiceSessionRecord> sessions = nm.voice().sessions(alice, n.id());
        assertThat(sessions).hasSize(2);
    }
}

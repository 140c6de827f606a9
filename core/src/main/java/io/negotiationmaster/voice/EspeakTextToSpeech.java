package io.negotiationmaster.voice;

import io.negotiationmaster.voice.internal.AudioDurations;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Offline text-to-speech through the {@code espeak-ng} program (Debian/Ubuntu package {@code espeak-ng}), run as a
 * subprocess per reply: the text on its standard input, a WAV file out. The voice is {@code en-us} with a female or
 * male variant from {@link SpeakingVoice#gender()}, at the character's pace. Robotic, but private and free.
 */
public final class EspeakTextToSpeech implements TextToSpeech {
    /** Where Debian and Ubuntu install the program. */
    public static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/espeak-ng");
    private static final String NAME = "espeak-ng";

    private final Path executable;
    private final Duration timeout;

    /**
     * @param executable the {@code espeak-ng} program
     * @param timeout how long one reply may take to synthesise
     */
    public EspeakTextToSpeech(Path executable, Duration timeout) {
        this.executable = Objects.requireNonNull(executable, "executable");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The program at {@link #DEFAULT_EXECUTABLE} with a 20-second timeout, when it is installed. */
    public static Optional<EspeakTextToSpeech> detect() {
        return Files.isExecutable(DEFAULT_EXECUTABLE)
                ? Optional.of(new EspeakTextToSpeech(DEFAULT_EXECUTABLE, Duration.ofSeconds(20)))
                : Optional.empty();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The espeak-ng voice for {@code voice}: {@code en-us}, with variant {@code +f3} (female) or {@code +m3}. */
    public static String espeakVoice(SpeakingVoice voice) {
        return switch (voice.gender()) {
            case FEMALE -> "en-us+f3";
            case MALE -> "en-us+m3";
            case UNSPECIFIED -> "en-us";
        };
    }

    /**
     * {@code text} as a WAV (22,050 Hz mono 16-bit).
     *
     * @throws VoiceProviderException when the program is missing, fails or runs past the timeout
     */
    @Override
    public SpeechAudio synthesize(String text, SpeakingVoice voice) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Path out = null;
        try {
            out = Files.createTempFile("nm-espeak-", ".wav");
            Path errors = Files.createTempFile("nm-espeak-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(List.of(executable.toString(), "-v", espeakVoice(voice),
                        "-s", Integer.toString(voice.wordsPerMinute()), "-w", out.toString(), "--stdin"))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(errors.toFile());
                Process process = builder.start();
                try (OutputStream in = process.getOutputStream()) {
                    in.write(text.replace('\n', ' ').getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new VoiceProviderException(NAME, NAME + " did not finish within " + timeout,
                            Optional.empty(), true, null);
                }
                if (process.exitValue() != 0) {
                    String why = Files.readString(errors, StandardCharsets.UTF_8).strip();
                    throw new VoiceProviderException(NAME, NAME + " exited with " + process.exitValue()
                            + (why.isEmpty() ? "" : ": " + why), Optional.empty(), false, null);
                }
            } finally {
                Files.deleteIfExists(errors);
            }
            byte[] wav = AudioDurations.fixWavSizes(Files.readAllBytes(out));
            Duration length = AudioDurations.wav(wav).orElseThrow(() -> new VoiceProviderException(NAME, NAME
                    + " wrote no readable WAV", Optional.empty(), false, null));
            return new SpeechAudio(wav, AudioFormat.WAV, length);
        } catch (IOException e) {
            throw new VoiceProviderException(NAME, "cannot run " + executable + ": " + e.getMessage(),
                    Optional.empty(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceProviderException(NAME, "interrupted while " + NAME + " was speaking", Optional.empty(),
                    false, e);
        } finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the reply itself succeeded or already failed
            file.toFile().deleteOnExit();
        }
    }
}

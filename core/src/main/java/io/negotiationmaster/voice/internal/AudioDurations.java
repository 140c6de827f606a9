package io.negotiationmaster.voice.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Optional;

/** Reads how long WAV and MP3 audio lasts from its headers, and writes WAV headers. */
public final class AudioDurations {
    private static final int[] MPEG1_LAYER3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256,
        320, 0};
    private static final int[] MPEG2_LAYER3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};

    private AudioDurations() {
    }

    /**
     * The length of RIFF WAVE audio: the data chunk's bytes over the format's byte rate. A streaming header (sizes
     * left at their maximum) counts the bytes actually present.
     */
    public static Optional<Duration> wav(byte[] wav) {
        if (wav.length < 12 || !ascii(wav, 0, "RIFF") || !ascii(wav, 8, "WAVE")) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        long byteRate = 0;
        while (pos + 8 <= wav.length) {
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (ascii(wav, pos, "fmt ") && pos + 16 <= wav.length) {
                byteRate = Integer.toUnsignedLong(b.getInt(pos + 8 + 8));
            } else if (ascii(wav, pos, "data")) {
                if (byteRate == 0) {
                    return Optional.empty();
                }
                long present = Math.min(size, wav.length - (pos + 8L));
                return Optional.of(Duration.ofNanos(present * 1_000_000_000L / byteRate));
            }
            pos += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - pos - 8L);
        }
        return Optional.empty();
    }

    /**
     * The length of constant-bit-rate MP3 audio: bytes after any ID3v2 tag over the first frame's bit rate. Variable
     * bit rate files come out approximate.
     */
    public static Optional<Duration> mp3(byte[] mp3) {
        int pos = 0;
        if (mp3.length >= 10 && ascii(mp3, 0, "ID3")) {
            int size = (mp3[6] & 0x7f) << 21 | (mp3[7] & 0x7f) << 14 | (mp3[8] & 0x7f) << 7 | (mp3[9] & 0x7f);
            pos = 10 + size;
        }
        for (; pos + 4 <= mp3.length; pos++) {
            if ((mp3[pos] & 0xff) == 0xff && (mp3[pos + 1] & 0xe0) == 0xe0) {
                int version = (mp3[pos + 1] >> 3) & 0x3;
                int layer = (mp3[pos + 1] >> 1) & 0x3;
                int index = (mp3[pos + 2] >> 4) & 0xf;
                if (layer != 1 || version == 1) {
                    continue;
                }
                int kbps = version == 3 ? MPEG1_LAYER3_KBPS[index] : MPEG2_LAYER3_KBPS[index];
                if (kbps == 0) {
                    continue;
                }
                long bits = (mp3.length - pos) * 8L;
                return Optional.of(Duration.ofNanos(bits * 1_000_000L / kbps));
            }
        }
        return Optional.empty();
    }

    /** Rewrites the RIFF and data sizes of a WAV written to a stream (which leaves them at a placeholder). */
    public static byte[] fixWavSizes(byte[] wav) {
        byte[] fixed = wav.clone();
        if (fixed.length < 12 || !ascii(fixed, 0, "RIFF")) {
            return fixed;
        }
        ByteBuffer b = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, fixed.length - 8);
        int pos = 12;
        while (pos + 8 <= fixed.length) {
            if (ascii(fixed, pos, "data")) {
                b.putInt(pos + 4, fixed.length - pos - 8);
                break;
            }
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            pos += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - pos - 8L);
        }
        return fixed;
    }

    /** A mono 16-bit PCM WAV of silence lasting {@code length} at {@code sampleRate} (for fakes and tests). */
    public static byte[] silentWav(Duration length, int sampleRate) {
        long samples = length.toNanos() * sampleRate / 1_000_000_000L;
        int dataBytes = (int) Math.min(Integer.MAX_VALUE - 44L, samples * 2);
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(dataBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes);
        out.writeBytes(b.array());
        out.writeBytes(new byte[dataBytes]);
        return out.toByteArray();
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        if (at + text.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bytes[at + i] != (byte) text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

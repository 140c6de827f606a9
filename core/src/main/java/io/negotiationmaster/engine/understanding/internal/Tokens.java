package io.negotiationmaster.engine.understanding.internal;

import java.util.Arrays;

/**
 * A message cut into lower-case word tokens (letters and digits; apostrophes dropped so that "can't" reads
 * "cant"; digits keep their inner separators so that "21,500" is one token). Sentence ends (. ! ? ; and line
 * breaks) become the pseudo-token {@link #SENTENCE_END}, so that phrases never match across sentences.
 */
public final class Tokens {
    /** The pseudo-token closing a sentence. */
    public static final String SENTENCE_END = "|";

    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] question;
    private final int size;

    private Tokens(String[] words, int[] starts, int[] ends, boolean[] question, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.question = question;
        this.size = size;
    }

    /** Tokenises {@code text}. */
    public static Tokens of(String text) {
        int n = text.length();
        int cap = 16;
        String[] words = new String[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        boolean[] question = new boolean[cap];
        int size = 0;
        int sentenceStart = 0;
        StringBuilder word = new StringBuilder(16);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                word.setLength(0);
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        word.append(Character.toLowerCase(d));
                        i++;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                            && word.length() > 0) {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                            && word.length() > 0 && Character.isDigit(text.charAt(i - 1))) {
                        word.append(d);
                        i++;
                    } else {
                        break;
                    }
                }
                if (size == words.length) {
                    cap = size * 2;
                    words = Arrays.copyOf(words, cap);
                    starts = Arrays.copyOf(starts, cap);
                    ends = Arrays.copyOf(ends, cap);
                    question = Arrays.copyOf(question, cap);
                }
                words[size] = word.toString();
                starts[size] = start;
                ends[size] = i;
                size++;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r') {
                    boolean isQuestion = c == '?';
                    if (size > 0 && words[size - 1] != SENTENCE_END) {
                        if (size == words.length) {
                            cap = size * 2;
                            words = Arrays.copyOf(words, cap);
                            starts = Arrays.copyOf(starts, cap);
                            ends = Arrays.copyOf(ends, cap);
                            question = Arrays.copyOf(question, cap);
                        }
                        words[size] = SENTENCE_END;
                        starts[size] = i;
                        ends[size] = i + 1;
                        size++;
                    }
                    if (isQuestion) {
                        for (int k = sentenceStart; k < size; k++) {
                            question[k] = true;
                        }
                    }
                    sentenceStart = size;
                }
                i++;
            }
        }
        return new Tokens(words, starts, ends, question, size);
    }

    /** The number of tokens, sentence ends included. */
    public int size() {
        return size;
    }

    /** The lower-case token at {@code i}, or {@link #SENTENCE_END} outside the message. */
    public String word(int i) {
        return i < 0 || i >= size ? SENTENCE_END : words[i];
    }

    /** Index of the token's first character in the message. */
    public int start(int i) {
        return starts[i];
    }

    /** Index after the token's last character in the message. */
    public int end(int i) {
        return ends[i];
    }

    /** Whether the token belongs to a sentence closed by a question mark. */
    public boolean inQuestion(int i) {
        return i >= 0 && i < size && question[i];
    }

    /** The index of the token containing or following character {@code offset}, or {@link #size()}. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = size - 1;
        int found = size;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /**
     * The number of tokens from {@code from} that spell the lower-case {@code phrase} (its words separated by any
     * non-letter, apostrophes ignored), or 0 when they do not. Allocates nothing.
     */
    public int matchesText(int from, String phrase) {
        int p = 0;
        int len = phrase.length();
        int t = from;
        while (true) {
            while (p < len && !Character.isLetterOrDigit(phrase.charAt(p))) {
                p++;
            }
            if (p >= len) {
                return t - from;
            }
            if (t >= size) {
                return 0;
            }
            String w = words[t];
            int k = 0;
            while (p < len) {
                char c = phrase.charAt(p);
                if (c == '\'' || c == '\u2019') {
                    p++;
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                if (k >= w.length() || w.charAt(k) != c) {
                    return 0;
                }
                k++;
                p++;
            }
            if (k != w.length()) {
                return 0;
            }
            t++;
        }
    }

    /** Whether tokens {@code from}, {@code from + 1}, … equal {@code phrase}. */
    public boolean matches(int from, String[] phrase) {
        if (from < 0 || from + phrase.length > size) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words[from + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}

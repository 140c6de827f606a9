package io.negotiationmaster.engine.understanding.internal;

import io.negotiationmaster.engine.understanding.IssueVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Where each issue's keywords (and label) occur in a message, by token index. */
final class IssueHits {
    private final List<IssueVocabulary> issues;
    private final List<int[]> positions;
    private final List<String> words;
    private final Tokens tokens;

    private IssueHits(List<IssueVocabulary> issues, List<int[]> positions, List<String> words, Tokens tokens) {
        this.issues = issues;
        this.positions = positions;
        this.words = words;
        this.tokens = tokens;
    }

    /** Finds the keywords of {@code issues} in {@code tokens}. */
    static IssueHits find(Tokens tokens, List<IssueVocabulary> issues) {
        List<int[]> positions = new ArrayList<>(issues.size());
        List<String> words = new ArrayList<>();
        for (IssueVocabulary issue : issues) {
            List<String[]> phrases = new ArrayList<>(issue.keywords().size() + 1);
            for (String keyword : issue.keywords()) {
                phrases.add(split(keyword));
            }
            phrases.add(split(issue.label().toLowerCase(Locale.ROOT)));
            int[] found = new int[4];
            int count = 0;
            for (String[] phrase : phrases) {
                if (phrase.length == 0) {
                    continue;
                }
                words.add(phrase[0]);
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.matches(t, phrase)) {
                        if (count == found.length) {
                            found = java.util.Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = t;
                    }
                }
            }
            positions.add(java.util.Arrays.copyOf(found, count));
        }
        return new IssueHits(issues, positions, words, tokens);
    }

    private static String[] split(String phrase) {
        String cleaned = phrase.replace("'", "").replace("\u2019", "").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split("[^\\p{L}\\p{N}]+");
    }

    /** Whether {@code word} starts a keyword of some issue ("days" for a remote-days issue). */
    boolean isKeyword(String word) {
        return words.contains(word);
    }

    /**
     * The issue, among those accepted by {@code fits}, with a keyword closest to tokens {@code first..last}
     * within {@code before} tokens before or {@code after} tokens after, in the same sentence.
     */
    Optional<IssueVocabulary> nearest(int first, int last, int before, int after, Predicate<IssueVocabulary> fits) {
        IssueVocabulary best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < issues.size(); i++) {
            IssueVocabulary issue = issues.get(i);
            if (!fits.test(issue)) {
                continue;
            }
            for (int t : positions.get(i)) {
                int distance;
                if (t < first && first - t <= before && sameSentence(t, first)) {
                    distance = first - t;
                } else if (t > last && t - last <= after && sameSentence(last, t)) {
                    distance = t - last;
                } else {
                    continue;
                }
                if (distance < bestDistance || distance == bestDistance && best != null && best.main()) {
                    best = issue;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean sameSentence(int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.word(t).equals(Tokens.SENTENCE_END)) {
                return false;
            }
        }
        return true;
    }
}

package io.negotiationmaster.engine.understanding.internal;

import io.negotiationmaster.engine.understanding.IssueVocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Where each issue's keywords (and label) occur in a message, by token index. */
final class IssueHits {
    private final List<IssueVocabulary> issues;
    private final List<int[]> positions;
    private final Tokens tokens;

    private IssueHits(List<IssueVocabulary> issues, List<int[]> positions, Tokens tokens) {
        this.issues = issues;
        this.positions = positions;
        this.tokens = tokens;
    }

    /** Finds the keywords of {@code issues} in {@code tokens}. */
    static IssueHits find(Tokens tokens, List<IssueVocabulary> issues) {
        List<int[]> positions = new ArrayList<>(issues.size());
        for (IssueVocabulary issue : issues) {
            int[] found = new int[4];
            int count = 0;
            for (int k = -1; k < issue.keywords().size(); k++) {
                String phrase = k < 0 ? issue.label().toLowerCase(Locale.ROOT) : issue.keywords().get(k);
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.matchesText(t, phrase) > 0) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = t;
                    }
                }
            }
            positions.add(Arrays.copyOf(found, count));
        }
        return new IssueHits(issues, positions, tokens);
    }

    /** Whether {@code word} is a whole keyword of some issue ("days" for a remote-days issue). */
    boolean isKeyword(String word) {
        for (IssueVocabulary issue : issues) {
            if (issue.keywords().contains(word)) {
                return true;
            }
        }
        return false;
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

package io.negotiationmaster.performance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * An issue beside the main one that can be traded (warranty, financing, signing bonus, start date).
 *
 * @param key stable key, e.g. {@code "warranty"}; the key of offered and agreed terms
 * @param label human label
 * @param options the options, at least one, with distinct keys
 */
public record SecondaryIssue(String key, String label, List<IssueOption> options) {
    /** Validates and copies the options. */
    public SecondaryIssue {
        MainIssue.requireText(key, "key");
        MainIssue.requireText(label, "label");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("options of issue " + key + " must not be empty");
        }
        var seen = new HashSet<String>();
        for (IssueOption o : options) {
            if (!seen.add(o.key())) {
                throw new IllegalArgumentException("options of issue " + key + " repeat the key " + o.key());
            }
        }
    }

    /** The option with {@code optionKey}, if any. */
    public Optional<IssueOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    /** The option worth most to the user. */
    public IssueOption bestForUser() {
        IssueOption best = options.get(0);
        for (IssueOption o : options) {
            if (o.valueToUser().compareTo(best.valueToUser()) > 0) {
                best = o;
            }
        }
        return best;
    }
}

package io.negotiationmaster.performance;

/**
 * A pointer to the negotiation theory behind a piece of advice.
 *
 * @param name the concept, e.g. {@code "BATNA"}
 * @param source the work it comes from, e.g. {@code "Fisher & Ury, Getting to Yes (1981)"}
 */
public record TheoryReference(String name, String source) {
    /** Validates that both texts are present. */
    public TheoryReference {
        MainIssue.requireText(name, "name");
        MainIssue.requireText(source, "source");
    }

    /** {@code "name — source"}. */
    @Override
    public String toString() {
        return name + " — " + source;
    }
}

package io.negotiationmaster.scoring.coaching;

import io.negotiationmaster.performance.TheoryReference;

/** The theory references cited by suggestions and feedback. */
public final class Theories {
    /** Know and use your best alternative. */
    public static final TheoryReference BATNA =
            new TheoryReference("BATNA", "Fisher & Ury, Getting to Yes (1981)");
    /** Focus on interests behind positions. */
    public static final TheoryReference INTERESTS =
            new TheoryReference("Interests, not positions", "Fisher & Ury, Getting to Yes (1981)");
    /** Insist on objective criteria. */
    public static final TheoryReference OBJECTIVE_CRITERIA =
            new TheoryReference("Objective criteria", "Fisher & Ury, Getting to Yes (1981)");
    /** Separate the people from the problem. */
    public static final TheoryReference PEOPLE_AND_PROBLEM =
            new TheoryReference("Separate the people from the problem", "Fisher & Ury, Getting to Yes (1981)");
    /** First offers anchor the outcome. */
    public static final TheoryReference ANCHORING =
            new TheoryReference("Anchoring", "Galinsky & Mussweiler, Journal of Personality and Social Psychology (2001)");
    /** Concessions invite reciprocal concessions. */
    public static final TheoryReference RECIPROCITY =
            new TheoryReference("Reciprocity of concessions", "Cialdini, Influence: The Psychology of Persuasion (1984)");
    /** Trading issues valued differently. */
    public static final TheoryReference LOGROLLING =
            new TheoryReference("Logrolling", "Pruitt, Negotiation Behavior (1981)");
    /** Concession making over time. */
    public static final TheoryReference CONCESSION_MAKING =
            new TheoryReference("Concession making", "Pruitt, Negotiation Behavior (1981)");
    /** Integrative versus distributive bargaining. */
    public static final TheoryReference INTEGRATIVE_BARGAINING =
            new TheoryReference("Integrative bargaining", "Walton & McKersie, A Behavioral Theory of Labor Negotiations (1965)");
    /** High, specific aspirations. */
    public static final TheoryReference ASPIRATIONS =
            new TheoryReference("Aspiration levels", "Siegel & Fouraker, Bargaining and Group Decision Making (1960)");
    /** Rapport eases agreement. */
    public static final TheoryReference RAPPORT =
            new TheoryReference("Rapport", "Drolet & Morris, Journal of Experimental Social Psychology (2000)");
    /** Reservation values and the bargaining zone. */
    public static final TheoryReference BARGAINING_ZONE =
            new TheoryReference("Reservation value and the bargaining zone", "Raiffa, The Art and Science of Negotiation (1982)");

    private Theories() {
    }
}

package io.negotiationmaster.engine.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The counterpart's private state for one negotiation; immutable, stored as JSON with the negotiation (the
 * property names are stable). It is never shown to the user during the negotiation: it holds the history the
 * strategy reasons on, not the reservation value (that stays in the {@link CounterpartProfile}).
 *
 * @param round             number of user messages answered so far ({@code 0} before the first)
 * @param status            open, agreed or ended
 * @param standing          the counterpart's standing offer; once {@link CounterpartStatus#AGREED}, the deal
 * @param counterpartOffers every offer the counterpart made, the opening first
 * @param userOffers        every main-issue amount the user offered, in order
 * @param rapport           relationship quality, {@code [-1, 1]}
 * @param patienceLeft      {@code [0, 1]}; the counterpart walks away when it runs out
 * @param insults           number of hostile messages received
 * @param tacticsUsed       every tactic the counterpart used, in order (repeats allowed)
 * @param templatesUsed     reply template keys already used, so replies never repeat
 * @param lastChanceGiven   whether the counterpart already made a last offer to a user who was leaving
 */
public record CounterpartState(
        @JsonProperty("round") int round,
        @JsonProperty("status") CounterpartStatus status,
        @JsonProperty("standing") Terms standing,
        @JsonProperty("counterpartOffers") List<Terms> counterpartOffers,
        @JsonProperty("userOffers") List<BigDecimal> userOffers,
        @JsonProperty("rapport") double rapport,
        @JsonProperty("patienceLeft") double patienceLeft,
        @JsonProperty("insults") int insults,
        @JsonProperty("tacticsUsed") List<MoveType> tacticsUsed,
        @JsonProperty("templatesUsed") List<String> templatesUsed,
        @JsonProperty("lastChanceGiven") boolean lastChanceGiven) {

    /** Validates ranges and copies the lists. */
    @JsonCreator
    public CounterpartState {
        if (round < 0) {
            throw new IllegalArgumentException("round must be >= 0, was " + round);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(standing, "standing");
        counterpartOffers = counterpartOffers == null ? List.of() : List.copyOf(counterpartOffers);
        userOffers = (userOffers == null ? List.<BigDecimal>of() : userOffers).stream().map(Terms::canonical).toList();
        if (!(rapport >= -1 && rapport <= 1)) {
            throw new IllegalArgumentException("rapport must be -1..1, was " + rapport);
        }
        if (!(patienceLeft >= 0 && patienceLeft <= 1)) {
            throw new IllegalArgumentException("patienceLeft must be 0-1, was " + patienceLeft);
        }
        if (insults < 0) {
            throw new IllegalArgumentException("insults must be >= 0, was " + insults);
        }
        tacticsUsed = tacticsUsed == null ? List.of() : List.copyOf(tacticsUsed);
        templatesUsed = templatesUsed == null ? List.of() : List.copyOf(templatesUsed);
    }

    /** The state before the first user message: the opening terms stand, neutral rapport, full patience. */
    public static CounterpartState initial(CounterpartProfile profile) {
        Terms opening = profile.openingTerms();
        return new CounterpartState(0, CounterpartStatus.OPEN, opening, List.of(opening), List.of(), 0.0, 1.0, 0,
                List.of(), List.of(), false);
    }

    /** The user's most recent main-issue offer, if they made one. */
    public Optional<BigDecimal> lastUserOffer() {
        return userOffers.isEmpty() ? Optional.empty() : Optional.of(userOffers.get(userOffers.size() - 1));
    }

    /** How many times the counterpart used {@code tactic}. */
    public int timesUsed(MoveType tactic) {
        int n = 0;
        for (MoveType t : tacticsUsed) {
            if (t == tactic) {
                n++;
            }
        }
        return n;
    }

    /** This state with {@code templateKey} recorded as used (call with the writer's key after each reply). */
    public CounterpartState withTemplateUsed(String templateKey) {
        Objects.requireNonNull(templateKey, "templateKey");
        List<String> used = new ArrayList<>(templatesUsed.size() + 1);
        used.addAll(templatesUsed);
        used.add(templateKey);
        return new CounterpartState(round, status, standing, counterpartOffers, userOffers, rapport, patienceLeft,
                insults, tacticsUsed, used, lastChanceGiven);
    }
}

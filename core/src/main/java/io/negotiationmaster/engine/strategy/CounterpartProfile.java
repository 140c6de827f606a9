package io.negotiationmaster.engine.strategy;

import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Everything the counterpart knows about itself for one negotiation; immutable, built once when the negotiation
 * starts (see {@link #builder()}). The {@link #reservation()} is private: it is never shown to the user during the
 * negotiation and the reply writer never receives it.
 *
 * @param direction       which way the counterpart wants the main amount to go
 * @param mainIssue       the main issue and its currency
 * @param opening         the counterpart's opening (asking) amount
 * @param reservation     the private walk-away amount, drawn with {@link #drawReservation}
 * @param flexibility     {@code [0, 1]}; low is Boulware (concedes late), high is a conceder
 * @param patience        {@code [0, 1]}; sets the {@link #horizon()} and how long it tolerates a stalled user
 * @param personality     Big Five traits
 * @param style           how it talks
 * @param tactics         the tactics it may use (each {@link MoveType#isTactic()})
 * @param pressure        scenario pressure (inventory, quota, competitors)
 * @param secondaryIssues issues it can trade
 * @param facts           public facts usable in replies
 * @param horizon         expected number of rounds, {@code >= 1}
 */
public record CounterpartProfile(Direction direction, MainIssue mainIssue, BigDecimal opening, BigDecimal reservation,
                                 double flexibility, double patience, Personality personality,
                                 CommunicationStyle style, Set<MoveType> tactics, PressureFactors pressure,
                                 List<SecondaryIssue> secondaryIssues, PublicFacts facts, int horizon) {

    /** Validates every field; the opening must be at least as good for the counterpart as the reservation. */
    public CounterpartProfile {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(mainIssue, "mainIssue");
        opening = Terms.canonical(Objects.requireNonNull(opening, "opening"));
        reservation = Terms.canonical(Objects.requireNonNull(reservation, "reservation"));
        if (opening.signum() <= 0) {
            throw new IllegalArgumentException("opening must be > 0, was " + opening);
        }
        if (reservation.signum() <= 0) {
            throw new IllegalArgumentException("reservation must be > 0, was " + reservation);
        }
        if (opening.compareTo(reservation) * direction.sign() < 0) {
            throw new IllegalArgumentException("opening must not be worse for the counterpart than its reservation"
                    + " (direction " + direction + ")");
        }
        unit("flexibility", flexibility);
        unit("patience", patience);
        Objects.requireNonNull(personality, "personality");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(tactics, "tactics");
        for (MoveType t : tactics) {
            if (!t.isTactic()) {
                throw new IllegalArgumentException("tactics must be tactic moves, was " + t);
            }
        }
        tactics = tactics.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(MoveType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(tactics));
        Objects.requireNonNull(pressure, "pressure");
        secondaryIssues = List.copyOf(Objects.requireNonNull(secondaryIssues, "secondaryIssues"));
        if (secondaryIssues.stream().map(SecondaryIssue::key).distinct().count() != secondaryIssues.size()) {
            throw new IllegalArgumentException("secondaryIssues must have unique keys");
        }
        Objects.requireNonNull(facts, "facts");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be >= 1, was " + horizon);
        }
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be 0-1, was " + v);
        }
    }

    /**
     * Draws a reservation value uniformly inside the character's BATNA range {@code [min, max]}, rounded to cents
     * and kept inside the range. Pass the negotiation's seeded {@link Random} so the draw can be replayed.
     *
     * @throws IllegalArgumentException when {@code min > max}
     */
    public static BigDecimal drawReservation(BigDecimal min, BigDecimal max, Random random) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(random, "random");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("BATNA range min must be <= max, was " + min + " > " + max);
        }
        BigDecimal span = max.subtract(min);
        BigDecimal drawn = min.add(span.multiply(BigDecimal.valueOf(random.nextDouble())))
                .setScale(2, RoundingMode.HALF_UP);
        return Terms.canonical(drawn.max(min).min(max));
    }

    /** The expected number of rounds for a patience in {@code [0, 1]}: from 4 (impatient) to 16 (very patient). */
    public static int horizonFor(double patience) {
        unit("patience", patience);
        return 4 + (int) Math.round(12 * patience);
    }

    /** The secondary issue with this key, if any. */
    public Optional<SecondaryIssue> secondaryIssue(String key) {
        return secondaryIssues.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The opening terms: the opening amount with every secondary issue at its default. */
    public Terms openingTerms() {
        return Terms.of(opening);
    }

    /** A builder; direction, main issue, opening, reservation, flexibility, patience and facts are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CounterpartProfile}; optional parts default to neutral values. */
    public static final class Builder {
        private Direction direction;
        private MainIssue mainIssue;
        private BigDecimal opening;
        private BigDecimal reservation;
        private double flexibility = -1;
        private double patience = -1;
        private Personality personality = Personality.BALANCED;
        private CommunicationStyle style = CommunicationStyle.FORMAL;
        private Set<MoveType> tactics = Set.of();
        private PressureFactors pressure = PressureFactors.NONE;
        private final List<SecondaryIssue> secondaryIssues = new ArrayList<>();
        private PublicFacts facts;
        private int horizon = -1;

        private Builder() {
        }

        /** Which way the counterpart wants the main amount to go. */
        public Builder direction(Direction v) {
            this.direction = v;
            return this;
        }

        /** The main issue. */
        public Builder mainIssue(MainIssue v) {
            this.mainIssue = v;
            return this;
        }

        /** The opening (asking) amount. */
        public Builder opening(BigDecimal v) {
            this.opening = v;
            return this;
        }

        /** The private reservation amount. */
        public Builder reservation(BigDecimal v) {
            this.reservation = v;
            return this;
        }

        /** Flexibility, 0-1. */
        public Builder flexibility(double v) {
            this.flexibility = v;
            return this;
        }

        /** Patience, 0-1; also sets the horizon unless {@link #horizon(int)} is called. */
        public Builder patience(double v) {
            this.patience = v;
            return this;
        }

        /** Big Five traits (default balanced). */
        public Builder personality(Personality v) {
            this.personality = v;
            return this;
        }

        /** Communication style (default formal). */
        public Builder style(CommunicationStyle v) {
            this.style = v;
            return this;
        }

        /** Tactics it may use (default none). */
        public Builder tactics(Set<MoveType> v) {
            this.tactics = v;
            return this;
        }

        /** Scenario pressure (default none). */
        public Builder pressure(PressureFactors v) {
            this.pressure = v;
            return this;
        }

        /** Adds a tradeable secondary issue. */
        public Builder secondaryIssue(SecondaryIssue v) {
            this.secondaryIssues.add(Objects.requireNonNull(v, "secondaryIssue"));
            return this;
        }

        /** Public facts. */
        public Builder facts(PublicFacts v) {
            this.facts = v;
            return this;
        }

        /** Expected number of rounds (default {@link #horizonFor(double)} of the patience). */
        public Builder horizon(int v) {
            this.horizon = v;
            return this;
        }

        /**
         * The profile.
         *
         * @throws IllegalArgumentException when flexibility or patience is missing or any value is invalid
         * @throws NullPointerException     when a required part is missing
         */
        public CounterpartProfile build() {
            if (flexibility < 0) {
                throw new IllegalArgumentException("flexibility must be set");
            }
            if (patience < 0) {
                throw new IllegalArgumentException("patience must be set");
            }
            return new CounterpartProfile(direction, mainIssue, opening, reservation, flexibility, patience,
                    personality, style, tactics, pressure, secondaryIssues, facts,
                    horizon > 0 ? horizon : horizonFor(patience));
        }
    }
}

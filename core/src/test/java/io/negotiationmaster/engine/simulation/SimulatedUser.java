package io.negotiationmaster.engine.simulation;

import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.IssueOption;
import io.negotiationmaster.engine.strategy.SecondaryIssue;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.engine.strategy.UserMove;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A simulated user: a simple policy producing {@link UserMove}s against the counterpart, knowing only what a real
 * user knows (the counterpart's public offers, the opening, the public items). Shared through the test-jar.
 */
public final class SimulatedUser {
    /** The simulated negotiation styles. */
    public enum Style {
        /** Anchors low, barely moves, never polite. */
        HARDLINER,
        /** Moves quickly towards the counterpart, accepts early. */
        CONCEDER,
        /** Mirrors the counterpart's concessions. */
        RECIPROCATOR,
        /** Insults, threatens, barely moves. */
        HOSTILE,
        /** Greets, builds rapport, asks questions, trades items, concedes steadily. */
        POLITE_TRADER
    }

    private final Style style;
    private final CounterpartProfile profile;
    private final SplittableRandom rnd;
    private final int sign;
    private final double opening;
    private double lastOffer = Double.NaN;
    private double lastCounter;
    private int turn;

    /** A user of {@code style} facing {@code profile}; {@code seed} varies amounts slightly. */
    public SimulatedUser(Style style, CounterpartProfile profile, long seed) {
        this.style = style;
        this.profile = profile;
        this.rnd = new SplittableRandom(seed);
        this.sign = profile.direction().sign();
        this.opening = profile.opening().doubleValue();
        this.lastCounter = opening;
    }

    /** The user's next message, answering the counterpart's last decision. */
    public UserMove next(Decision last) {
        turn++;
        double counter = last.offer().or(last::deal).map(Terms::main).map(BigDecimal::doubleValue)
                .orElse(lastCounter);
        double counterConcession = sign * (lastCounter - counter);
        lastCounter = counter;
        Set<MoveType> moves = EnumSet.noneOf(MoveType.class);
        Map<String, String> requested = new TreeMap<>();
        double jitter = 1 + (rnd.nextDouble() - 0.5) * 0.02;
        double gap = Math.abs(counter - (Double.isNaN(lastOffer) ? counter : lastOffer));
        double offer;
        switch (style) {
            case HARDLINER -> {
                offer = Double.isNaN(lastOffer) ? opening * (1 - sign * 0.2 * jitter)
                        : lastOffer + sign * opening * 0.003;
                if (turn > 1) {
                    moves.add(MoveType.REJECTION);
                }
                if (turn % 4 == 0) {
                    moves.add(MoveType.BATNA_REFERENCE);
                }
            }
            case CONCEDER -> {
                if (!Double.isNaN(lastOffer) && gap <= 0.02 * opening) {
                    return accept();
                }
                offer = Double.isNaN(lastOffer) ? opening * (1 - sign * 0.1 * jitter)
                        : lastOffer + 0.5 * (counter - lastOffer);
                moves.add(MoveType.CONCESSION);
            }
            case RECIPROCATOR -> {
                if (!Double.isNaN(lastOffer) && gap <= 0.01 * opening) {
                    return accept();
                }
                double step = Math.max(0.004 * opening, counterConcession);
                offer = Double.isNaN(lastOffer) ? opening * (1 - sign * 0.16 * jitter) : lastOffer + sign * step;
                moves.add(MoveType.COUNTER_OFFER);
            }
            case HOSTILE -> {
                offer = Double.isNaN(lastOffer) ? opening * (1 - sign * 0.25 * jitter)
                        : lastOffer + sign * opening * 0.004;
                if (turn % 2 == 1) {
                    moves.add(MoveType.HOSTILITY);
                } else {
                    moves.add(MoveType.THREAT_ULTIMATUM);
                }
            }
            default -> {
                if (!Double.isNaN(lastOffer) && gap <= 0.015 * opening) {
                    return accept();
                }
                if (turn == 1) {
                    moves.add(MoveType.GREETING);
                    moves.add(MoveType.INTEREST_QUESTION);
                    return new UserMove(moves, Optional.empty(), Map.of(), false, "Hi! What matters to you here?");
                }
                moves.add(turn % 2 == 0 ? MoveType.APPRECIATION : MoveType.JUSTIFICATION);
                if (!profile.facts().market().isEmpty()) {
                    moves.add(MoveType.OBJECTIVE_STANDARD);
                }
                offer = Double.isNaN(lastOffer) ? opening * (1 - sign * 0.14 * jitter)
                        : lastOffer + 0.3 * (counter - lastOffer);
                bestItem().ifPresent(e -> {
                    requested.put(e.getKey(), e.getValue());
                    moves.add(MoveType.PACKAGE_TRADE);
                });
            }
        }
        lastOffer = offer;
        BigDecimal amount = BigDecimal.valueOf(Math.max(0, Math.round(offer)));
        return new UserMove(moves, Optional.of(amount), requested, false, "simulated " + style);
    }

    private UserMove accept() {
        return UserMove.of("Deal, I accept.", MoveType.ACCEPTANCE, MoveType.APPRECIATION);
    }

    /** The item with the best value-to-user per cost, the one a value-creating user asks for. */
    private Optional<Map.Entry<String, String>> bestItem() {
        Map.Entry<String, String> best = null;
        double bestRatio = 1;
        for (SecondaryIssue issue : profile.secondaryIssues()) {
            for (IssueOption o : issue.options()) {
                double ratio = issue.extraValue(o.key()).doubleValue()
                        / Math.max(1, issue.extraCost(o.key()).doubleValue());
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = Map.entry(issue.key(), o.key());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}

package io.negotiationmaster.coaching;

import io.negotiationmaster.negotiation.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The simulated user who continues a what-if after the alternative move: a reciprocator with a limit.
 *
 * <ul>
 *   <li>after its own {@code /walk} was answered with a last offer: accepts it when inside the limit, else walks;</li>
 *   <li>accepts the counterpart's standing offer when it is inside the limit and the counterpart has stalled (it
 *       moved less than 0.25% of its opening last time), or the gap to the user's own last offer is at most 1% of
 *       the opening, or the last round has come;</li>
 *   <li>walks away after {@code maxRounds} rounds;</li>
 *   <li>without an offer of its own yet, opens at the well-grounded anchor;</li>
 *   <li>otherwise concedes the larger of half of what the counterpart conceded last and an even pace that would
 *       reach the limit by the last round (rounded to the scenario's unit), never beyond the limit nor past the
 *       counterpart's standing offer.</li>
 * </ul>
 */
final class ReciprocatorPolicy {
    private static final BigDecimal STALL = new BigDecimal("0.0025");
    private static final BigDecimal CLOSE = new BigDecimal("0.01");

    private final UserSide side;
    private final BigDecimal limit;
    private final int maxRounds;
    private final Phrases phrases;

    ReciprocatorPolicy(UserSide side, BigDecimal limit, int maxRounds, Phrases phrases) {
        this.side = side;
        this.limit = limit;
        this.maxRounds = maxRounds;
        this.phrases = phrases;
    }

    /** One sentence for the trainee. */
    String describe() {
        return "a reciprocator concedes the larger of half the counterpart's last concession and an even pace"
                + " towards " + side.money(limit) + " (never beyond), accepts an offer at or inside "
                + side.money(limit) + " once the counterpart stalls or the gap is within 1%, and walks away after "
                + maxRounds + " rounds";
    }

    /** The next script line after {@code s}, the {@code round}-th line of the policy (from 0). */
    String next(Simulation s, int round) {
        List<Message> messages = s.messages();
        int seq = messages.size();
        List<BigDecimal> counter = UserSide.counterpartOffers(messages, seq);
        BigDecimal standing = counter.isEmpty() ? side.opening() : counter.get(counter.size() - 1);
        BigDecimal previous = counter.size() >= 2 ? counter.get(counter.size() - 2) : standing;
        BigDecimal moved = side.gain(previous, standing);
        List<BigDecimal> own = UserSide.userOffers(messages, seq);
        String lastLine = s.script().isEmpty() ? "" : s.script().get(s.script().size() - 1);
        boolean inside = side.inside(standing, limit);
        if (NegotiationSimulator.WALK.equals(lastLine)) {
            return inside ? NegotiationSimulator.ACCEPT : NegotiationSimulator.WALK;
        }
        if (inside) {
            boolean stalled = moved.compareTo(side.opening().multiply(STALL)) < 0;
            boolean close = !own.isEmpty() && standing.subtract(own.get(own.size() - 1)).abs()
                    .compareTo(side.opening().multiply(CLOSE)) <= 0;
            if (stalled || close || round >= maxRounds - 1) {
                return NegotiationSimulator.ACCEPT;
            }
        }
        if (round >= maxRounds) {
            return NegotiationSimulator.WALK;
        }
        if (own.isEmpty()) {
            return phrases.anchor(side.anchor());
        }
        BigDecimal last = own.get(own.size() - 1);
        BigDecimal half = moved.signum() > 0
                ? side.round(moved.divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP)).max(side.unit())
                : BigDecimal.ZERO;
        BigDecimal room = side.gain(limit, last).max(BigDecimal.ZERO);
        BigDecimal pace = room.signum() > 0 ? side.round(room.divide(BigDecimal.valueOf(Math.max(1, maxRounds - round)),
                6, RoundingMode.HALF_UP)).max(side.unit()) : BigDecimal.ZERO;
        BigDecimal step = half.max(pace);
        BigDecimal next = side.concede(last, step);
        if (!side.inside(next, limit)) {
            next = side.inside(last, limit) ? limit : last;
        }
        if (side.gain(standing, next).signum() <= 0) {
            return inside ? NegotiationSimulator.ACCEPT : phrases.hold(last);
        }
        return next.compareTo(last) == 0 ? phrases.hold(last) : phrases.concede(next, moved.signum() > 0);
    }
}

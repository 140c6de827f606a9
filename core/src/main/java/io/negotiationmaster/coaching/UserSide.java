package io.negotiationmaster.coaching;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.MainIssue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the trainee knows of a scenario, seen from their side: which way they want the main amount to go, the
 * counterpart's opening, their public target and walk-away, the public market references, and how to round and
 * write amounts. Nothing confidential.
 */
final class UserSide {
    private final FullScenario scenario;
    private final boolean wantsLow;
    private final BigDecimal opening;
    private final Optional<BigDecimal> target;
    private final Optional<BigDecimal> walkaway;
    private final BigDecimal unit;
    private final String currency;

    UserSide(FullScenario scenario) {
        this.scenario = scenario;
        Issues issues = scenario.scenario().issues();
        MainIssue main = issues.main();
        this.wantsLow = main.counterpartWants() == io.negotiationmaster.scenario.Direction.HIGH;
        this.opening = main.opening();
        this.target = main.target();
        this.walkaway = main.walkaway();
        this.currency = issues.currency();
        int digits = opening.precision() - opening.scale();
        this.unit = digits <= 3 ? BigDecimal.ONE : BigDecimal.TEN.pow(digits - 3);
    }

    FullScenario scenario() {
        return scenario;
    }

    boolean wantsLow() {
        return wantsLow;
    }

    BigDecimal opening() {
        return opening;
    }

    Optional<BigDecimal> target() {
        return target;
    }

    Optional<BigDecimal> walkaway() {
        return walkaway;
    }

    BigDecimal unit() {
        return unit;
    }

    /** How much better {@code b} is than {@code a} for the user (negative when worse). */
    BigDecimal gain(BigDecimal a, BigDecimal b) {
        return wantsLow ? a.subtract(b) : b.subtract(a);
    }

    /** Whether {@code amount} is at least as good for the user as {@code limit}. */
    boolean inside(BigDecimal amount, BigDecimal limit) {
        return gain(limit, amount).signum() >= 0;
    }

    /** {@code from} moved towards the counterpart by {@code step} (a concession of {@code step}). */
    BigDecimal concede(BigDecimal from, BigDecimal step) {
        return wantsLow ? from.add(step) : from.subtract(step);
    }

    /** The less favourable of two amounts for the user. */
    BigDecimal worse(BigDecimal a, BigDecimal b) {
        return gain(a, b).signum() < 0 ? b : a;
    }

    /** {@code amount} rounded to the scenario's unit. */
    BigDecimal round(BigDecimal amount) {
        return amount.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit).stripTrailingZeros()
                .setScale(Math.max(0, unit.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    /**
     * An ambitious anchor grounded in the public facts: a quarter of the gap between the counterpart's opening and
     * the user's target beyond the target (the walk-away or 15% off the opening when the scenario names no target).
     */
    BigDecimal anchor() {
        BigDecimal aim = target.or(() -> walkaway).orElseGet(() -> concede(opening,
                opening.multiply(new BigDecimal("-0.15"))));
        BigDecimal gap = gain(opening, aim).abs();
        BigDecimal beyond = concede(aim, gap.multiply(new BigDecimal("-0.25"), MathContext.DECIMAL64));
        BigDecimal rounded = round(beyond);
        return rounded.signum() > 0 ? rounded : round(aim);
    }

    /** The public market reference most favourable to the user, as a sentence, if the scenario names one. */
    Optional<String> marketFact() {
        Map<String, BigDecimal> pricing = scenario.scenario().variables().competitorPricing();
        if (pricing != null && !pricing.isEmpty()) {
            Map.Entry<String, BigDecimal> best = null;
            for (Map.Entry<String, BigDecimal> e : pricing.entrySet()) {
                if (best == null || gain(best.getValue(), e.getValue()).signum() > 0) {
                    best = e;
                }
            }
            return Optional.of("I've done my homework: comparable offers elsewhere are at " + money(best.getValue())
                    + " (" + best.getKey().replace('_', ' ').toLowerCase(Locale.ROOT) + ").");
        }
        String background = scenario.scenario().context().background();
        if (background == null) {
            return Optional.empty();
        }
        for (String sentence : background.split("(?<=[.!?])\\s+")) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            if ((lower.contains("market") || lower.contains("survey") || lower.contains("usually")
                    || lower.contains("typically") || lower.contains("charge")) && sentence.matches(".*\\d.*")) {
                String s = sentence.strip();
                return Optional.of("I've done my homework: " + Character.toLowerCase(s.charAt(0)) + s.substring(1)
                        + (s.endsWith(".") ? "" : "."));
            }
        }
        return Optional.empty();
    }

    /** The amount written as the negotiation facet writes amounts ({@code $21,400}). */
    String money(BigDecimal amount) {
        return io.negotiationmaster.negotiation.Negotiations.formatAmount(amount, currency);
    }

    /** The main amounts the counterpart put forward in messages before {@code seq}, in order. */
    static List<BigDecimal> counterpartOffers(List<Message> messages, int seq) {
        List<BigDecimal> offers = new ArrayList<>();
        for (Message m : messages) {
            if (m.seq() < seq && m.sender() == Party.AI) {
                m.offer().map(Offer::amount).ifPresent(offers::add);
            }
        }
        return offers;
    }

    /** The user's main-issue offers in messages before {@code seq} (acceptances excluded), in order. */
    static List<BigDecimal> userOffers(List<Message> messages, int seq) {
        List<BigDecimal> offers = new ArrayList<>();
        for (Message m : messages) {
            if (m.seq() < seq && m.sender() == Party.USER && !"accept".equals(m.messageType())) {
                m.offer().map(Offer::amount).ifPresent(offers::add);
            }
        }
        return offers;
    }
}

package io.negotiationmaster.examples.bench;

import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A simulated trainee: a simple policy turning the standing offers of a {@link Negotiation} into the next line a
 * person would type (or an acceptance). It knows only what a real trainee sees. Not thread-safe: one per
 * negotiation, used by one thread at a time.
 */
public final class SimulatedTrainee {
    private static final String[] INSULTS = {
        "This is a ripoff and you know it.", "Are you kidding me? That's insulting.",
        "You people are all the same, liars.", "Stop wasting my time with these ridiculous numbers."};
    private static final String[] QUESTIONS = {
        "What matters most to you in this deal?", "How long has it been on the lot?",
        "Is there any flexibility if I can close quickly?", "What would make this work for you?"};

    private final TraineeStyle style;
    private final boolean wantsLow;
    private final SplittableRandom random;
    private BigDecimal lastOffer;
    private BigDecimal lastCounter;
    private int turn;

    /**
     * @param style how it negotiates
     * @param wantsLow whether the trainee wants the main amount low (a buyer) or high (a seller, an employee)
     * @param seed varies amounts and wording
     */
    public SimulatedTrainee(TraineeStyle style, boolean wantsLow, long seed) {
        this.style = Objects.requireNonNull(style, "style");
        this.wantsLow = wantsLow;
        this.random = new SplittableRandom(seed);
    }

    /** The style. */
    public TraineeStyle style() {
        return style;
    }

    /**
     * What the trainee does next: a line to say, or {@code null} to accept the counterpart's standing offer.
     *
     * @param negotiation the negotiation as it stands (its standing offers)
     * @param turnsLeft how many turns the trainee may still take, including this one (it accepts on the last)
     */
    public String next(Negotiation negotiation, int turnsLeft) {
        Objects.requireNonNull(negotiation, "negotiation");
        turn++;
        BigDecimal counter = negotiation.counterpartOffer().map(Offer::amount)
                .orElse(lastCounter != null ? lastCounter : BigDecimal.valueOf(20_000));
        BigDecimal previousCounter = lastCounter == null ? counter : lastCounter;
        lastCounter = counter;
        if (turnsLeft <= 1) {
            return null;
        }
        double c = counter.doubleValue();
        double gap = lastOffer == null ? Double.MAX_VALUE : Math.abs(c - lastOffer.doubleValue()) / c;
        double away = wantsLow ? -1 : 1;
        double jitter = 1 + (random.nextDouble() - 0.5) * 0.01;
        return switch (style) {
            case HARDLINER -> {
                double offer = lastOffer == null ? c * (1 + away * 0.2 * jitter)
                        : lastOffer.doubleValue() - away * c * 0.003;
                yield "No, that's too much. " + say(offer) + " is my number."
                        + (turn % 3 == 0 ? " I have other options, you know." : "");
            }
            case CONCEDER -> {
                if (gap <= 0.02) {
                    yield null;
                }
                double offer = lastOffer == null ? c * (1 + away * 0.08 * jitter)
                        : (lastOffer.doubleValue() + c) / 2;
                yield "Okay, I understand. How about " + say(offer) + "?";
            }
            case RECIPROCATOR -> {
                if (gap <= 0.01) {
                    yield null;
                }
                double theirMove = Math.abs(previousCounter.doubleValue() - c);
                double offer = lastOffer == null ? c * (1 + away * 0.12 * jitter)
                        : lastOffer.doubleValue() - away * Math.max(theirMove, c * 0.002);
                yield "You moved, so I will too: " + say(offer) + ".";
            }
            case HOSTILE -> {
                double offer = lastOffer == null ? c * (1 + away * 0.3 * jitter)
                        : lastOffer.doubleValue() - away * c * 0.001;
                yield INSULTS[random.nextInt(INSULTS.length)] + " " + say(offer) + " or I walk.";
            }
            case POLITE_TRADER -> {
                if (turn == 1) {
                    yield "Hi! Thanks for taking the time to talk with me today. "
                            + QUESTIONS[random.nextInt(QUESTIONS.length)];
                }
                if (turn == 2) {
                    yield "That makes sense, I appreciate you explaining. " + QUESTIONS[random.nextInt(QUESTIONS.length)];
                }
                if (gap <= 0.015) {
                    yield null;
                }
                double offer = lastOffer == null ? c * (1 + away * 0.1 * jitter)
                        : lastOffer.doubleValue() + (c - lastOffer.doubleValue()) * 0.3;
                yield "I really like it and want to make this work. I could do " + say(offer)
                        + " if you include the extended warranty.";
            }
        };
    }

    private String say(double amount) {
        BigDecimal rounded = BigDecimal.valueOf(Math.max(50, amount)).divide(BigDecimal.valueOf(50), 0,
                RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(50));
        lastOffer = rounded;
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setMaximumFractionDigits(0);
        return money.format(rounded);
    }
}

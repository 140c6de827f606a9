package io.negotiationmaster.coaching;

import java.math.BigDecimal;

/** The sentences the coach's alternatives and the simulated user say; each puts one main amount on the table. */
final class Phrases {
    private final UserSide side;

    Phrases(UserSide side) {
        this.side = side;
    }

    private String put(BigDecimal amount) {
        return (side.wantsLow() ? "I can offer " : "I'm asking for ") + side.money(amount) + ".";
    }

    /** A well-grounded anchor: the public market fact, then the amount. */
    String anchor(BigDecimal amount) {
        return side.marketFact().map(f -> f + " Based on that, ").orElse("Based on what I've seen in the market, ")
                + put(amount);
    }

    /** Holding at the user's last amount. */
    String hold(BigDecimal amount) {
        return "I understand where you're coming from, but I'm staying at " + side.money(amount) + ".";
    }

    /** A small concession to {@code amount}. */
    String concede(BigDecimal amount, boolean theyMoved) {
        return (theyMoved ? "Thanks for moving. I can " : "Let me take a step towards you: I can ") + (side.wantsLow() ? "come up to " : "come down to ")
                + side.money(amount) + ".";
    }

    /** A package: {@code amount} on the main issue if the counterpart grants the secondary issue. */
    String trade(String issueLabel, BigDecimal amount) {
        return "If you include the " + issueLabel + ", I can work with " + side.money(amount) + ".";
    }

    /** A question about the counterpart's interests. */
    String askInterests() {
        return "Before we settle on numbers, can I ask what matters most to you in this deal?";
    }
}

package io.negotiationmaster.engine.understanding;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the reader needs to know about the negotiation to read a message: the currency, the issues, which way the
 * user wants the main issue to go, and the offers standing on the main issue.
 *
 * @param currency         the currency money is written in; for currencies whose countries write a decimal
 *                         comma (EUR, CHF, …) {@code 1.200,50} reads as 1200.50
 * @param issues           the scenario's issues, at most one of them {@linkplain IssueVocabulary#main() main}
 * @param userGoal         which way the writer wants the main amount to go
 * @param counterpartOffer the other side's standing offer on the main issue, if any
 * @param userLastOffer    the writer's own last offer on the main issue, if any
 * @param userHasOffered   whether the writer has made any offer before (on any issue)
 */
public record ReadingContext(Currency currency, List<IssueVocabulary> issues, UserGoal userGoal,
                             Optional<BigDecimal> counterpartOffer, Optional<BigDecimal> userLastOffer,
                             boolean userHasOffered) {
    /** Validates the fields and copies the issue list. */
    public ReadingContext {
        Objects.requireNonNull(currency, "currency");
        issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
        Objects.requireNonNull(userGoal, "userGoal");
        Objects.requireNonNull(counterpartOffer, "counterpartOffer");
        Objects.requireNonNull(userLastOffer, "userLastOffer");
        long mains = issues.stream().filter(IssueVocabulary::main).count();
        if (mains > 1) {
            throw new IllegalArgumentException("issues must have at most one main issue, had " + mains);
        }
        if (issues.stream().map(IssueVocabulary::key).distinct().count() != issues.size()) {
            throw new IllegalArgumentException("issues must have distinct keys");
        }
        counterpartOffer.ifPresent(v -> requireNonNegative("counterpartOffer", v));
        userLastOffer.ifPresent(v -> requireNonNegative("userLastOffer", v));
        userHasOffered = userHasOffered || userLastOffer.isPresent();
    }

    /**
     * A one-issue price negotiation (buyer's side) around {@code referencePrice}, the listing or asking price.
     * The typical range is half to one and a half times the reference; no offers are standing.
     */
    public static ReadingContext price(Currency currency, BigDecimal referencePrice) {
        return price(currency, referencePrice, UserGoal.WANTS_LOW);
    }

    /**
     * A one-issue price negotiation around {@code referencePrice} for a writer with the given goal. The typical
     * range is half to one and a half times the reference; no offers are standing.
     */
    public static ReadingContext price(Currency currency, BigDecimal referencePrice, UserGoal userGoal) {
        Objects.requireNonNull(referencePrice, "referencePrice");
        requireNonNegative("referencePrice", referencePrice);
        IssueVocabulary price = IssueVocabulary.mainMoney("price", "Price",
                List.of("price", "pay", "cost", "offer", "asking"),
                referencePrice.multiply(new BigDecimal("0.5")), referencePrice.multiply(new BigDecimal("1.5")));
        return new ReadingContext(currency, List.of(price), userGoal, Optional.empty(), Optional.empty(), false);
    }

    /** This context with the other side's standing offer on the main issue. */
    public ReadingContext withCounterpartOffer(BigDecimal offer) {
        return new ReadingContext(currency, issues, userGoal, Optional.of(offer), userLastOffer, userHasOffered);
    }

    /** This context with the writer's last offer on the main issue (which also means the writer has offered). */
    public ReadingContext withUserLastOffer(BigDecimal offer) {
        return new ReadingContext(currency, issues, userGoal, counterpartOffer, Optional.of(offer), true);
    }

    /** This context seen from a writer with the given goal (the standing offers are kept as they are). */
    public ReadingContext withUserGoal(UserGoal goal) {
        return new ReadingContext(currency, issues, goal, counterpartOffer, userLastOffer, userHasOffered);
    }

    /** The main issue, if the scenario has one. */
    public Optional<IssueVocabulary> mainIssue() {
        return issues.stream().filter(IssueVocabulary::main).findFirst();
    }

    /** Whether money in this currency is usually written with a decimal comma ({@code 1.200,50}). */
    public boolean decimalComma() {
        return switch (currency.getCurrencyCode()) {
            case "EUR", "CHF", "DKK", "NOK", "SEK", "PLN", "CZK", "HUF", "RON", "TRY", "BRL", "ARS", "IDR",
                 "VND", "RUB", "UAH" -> true;
            default -> false;
        };
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, was " + value);
        }
    }
}

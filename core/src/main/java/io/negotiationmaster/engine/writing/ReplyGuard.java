package io.negotiationmaster.engine.writing;

import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.writing.internal.AmountScanner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks a reply phrased by a {@link LanguageModel} before it is used: every amount it states is a decided
 * amount (or a public reference), the decided offer or deal amount is stated, nothing confidential appears, and it
 * does not sound like an acceptance when the engine did not accept. Any problem means: use the template instead.
 */
public final class ReplyGuard {
    private static final List<String> ACCEPTANCE_WORDING = List.of("we have a deal", "it's a deal", "it is a deal",
            "you've got a deal", "you have a deal", "deal!", "i accept", "we accept", "agreed.", "agreed!",
            "sold!", "shake on it", "we're done", "i'll take it", "i will take it");
    private static final List<String> CONFIDENTIAL_WORDING = List.of("reservation", "batna", "walk-away point",
            "walkaway point", "confidential instruction", "system prompt", "dealer cost", "my minimum is",
            "my floor is", "my budget is", "lowest i can go is", "highest i can go is");

    private final List<String> confidentialTexts;
    private final List<BigDecimal> confidentialAmounts;

    /**
     * A guard looking for the given secrets.
     *
     * @param confidentialTexts   strings that must never appear (confidential instructions, private notes),
     *                            compared case-insensitively; blank ones are ignored
     * @param confidentialAmounts amounts that must never appear unless decided (reservation, BATNA range, cost)
     */
    public ReplyGuard(Collection<String> confidentialTexts, Collection<BigDecimal> confidentialAmounts) {
        List<String> texts = new ArrayList<>();
        for (String t : Objects.requireNonNull(confidentialTexts, "confidentialTexts")) {
            if (!t.isBlank()) {
                texts.add(t.toLowerCase(Locale.ROOT).strip());
            }
        }
        this.confidentialTexts = List.copyOf(texts);
        this.confidentialAmounts = List.copyOf(Objects.requireNonNull(confidentialAmounts, "confidentialAmounts"));
    }

    /** The problems found in {@code text} for {@code plan}; empty when the text may be used. */
    public List<String> problems(String text, ReplyPlan plan, PublicPersona persona) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(persona, "persona");
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add("empty reply");
            return problems;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<AmountScanner.Found> found = AmountScanner.scan(text);
        List<BigDecimal> publicNumbers = publicNumbers(persona);
        for (AmountScanner.Found f : found) {
            if (contains(plan.amounts(), f.value())) {
                continue;
            }
            if (contains(confidentialAmounts, f.value())) {
                problems.add("confidential amount " + f.value().toPlainString());
            } else if (contains(publicNumbers, f.value())) {
                continue;
            } else if (f.currency() || f.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add("amount " + f.value().toPlainString() + " was not decided");
            }
        }
        plan.offer().ifPresent(o -> requireStated(o, found, "offer", problems));
        plan.deal().ifPresent(d -> requireStated(d, found, "deal", problems));
        for (String secret : confidentialTexts) {
            if (lower.contains(secret)) {
                problems.add("confidential text appears");
            }
        }
        for (String w : CONFIDENTIAL_WORDING) {
            if (lower.contains(w)) {
                problems.add("confidential wording: " + w);
            }
        }
        if (plan.deal().isEmpty()) {
            for (String w : ACCEPTANCE_WORDING) {
                if (lower.contains(w)) {
                    problems.add("acceptance wording without an accepted deal: " + w);
                }
            }
        }
        return problems;
    }

    /** Whether {@code text} passes every check. */
    public boolean allows(String text, ReplyPlan plan, PublicPersona persona) {
        return problems(text, plan, persona).isEmpty();
    }

    private static void requireStated(BigDecimal amount, List<AmountScanner.Found> found, String what,
                                      List<String> problems) {
        for (AmountScanner.Found f : found) {
            if (f.value().compareTo(amount) == 0) {
                return;
            }
        }
        problems.add("the decided " + what + " " + amount.toPlainString() + " is not stated");
    }

    private static List<BigDecimal> publicNumbers(PublicPersona persona) {
        List<BigDecimal> out = new ArrayList<>();
        for (MarketReference m : persona.market()) {
            out.add(m.amount());
        }
        for (AmountScanner.Found f : AmountScanner.scan(persona.itemName())) {
            out.add(f.value());
        }
        for (String label : persona.optionLabels().values()) {
            for (AmountScanner.Found f : AmountScanner.scan(label)) {
                out.add(f.value());
            }
        }
        return out;
    }

    private static boolean contains(List<BigDecimal> amounts, BigDecimal v) {
        for (BigDecimal a : amounts) {
            if (a.compareTo(v) == 0) {
                return true;
            }
        }
        return false;
    }
}

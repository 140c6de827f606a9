package io.negotiationmaster.engine.strategy;

import java.util.List;
import java.util.Objects;

/**
 * Facts the counterpart may say out loud: its name, what is being negotiated and public market references.
 * Nothing confidential belongs here; the reply writer sees only these facts.
 *
 * @param counterpartName e.g. {@code "Sarah"}
 * @param itemName        e.g. {@code "2019 Honda Accord"} or {@code "Junior Developer position"}
 * @param market          public reference amounts (market prices, competitor quotes)
 */
public record PublicFacts(String counterpartName, String itemName, List<MarketReference> market) {
    /** Validates presence and copies the list. */
    public PublicFacts {
        Objects.requireNonNull(counterpartName, "counterpartName");
        Objects.requireNonNull(itemName, "itemName");
        market = List.copyOf(Objects.requireNonNull(market, "market"));
    }
}

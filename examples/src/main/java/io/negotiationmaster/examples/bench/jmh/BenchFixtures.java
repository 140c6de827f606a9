package io.negotiationmaster.examples.bench.jmh;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.engine.strategy.CommunicationStyle;
import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.Direction;
import io.negotiationmaster.engine.strategy.InventoryPressure;
import io.negotiationmaster.engine.strategy.IssueOption;
import io.negotiationmaster.engine.strategy.MainIssue;
import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.strategy.Personality;
import io.negotiationmaster.engine.strategy.PressureFactors;
import io.negotiationmaster.engine.strategy.PublicFacts;
import io.negotiationmaster.engine.strategy.SecondaryIssue;
import io.negotiationmaster.examples.bench.TimedAnalyzer;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.scoring.StandardAnalyzer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** The inputs the microbenchmarks share: an in-memory library, the used-car counterpart, sample messages. */
final class BenchFixtures {
    /** User lines of a used-car negotiation, in the forms people type. */
    static final String[] MESSAGES = {
        "Hi Sarah! Would you take $21,500 if I pay cash today?",
        "I can do 22,000 if you include the extended warranty.",
        "That's still more than the dealer across town. How about twenty-two thousand three hundred?",
        "Could we meet halfway at 22.5k with the maintenance package?",
        "I appreciate your time. What matters most to you in this deal?"};

    private BenchFixtures() {
    }

    /** A library on a private in-memory SQLite database with the bundled catalog, scoring through {@code analyzer}. */
    static NegotiationMaster inMemory(TimedAnalyzer analyzer) {
        NegotiationMaster nm = NegotiationMaster.builder().sqliteInMemory().bcryptCost(4)
                .jwtSecret("negotiationmaster-jmh-secret-0123456789".getBytes(StandardCharsets.UTF_8))
                .performanceAnalyzer(analyzer).build();
        nm.scenarios().installCatalog();
        return nm;
    }

    /** A fresh timing wrapper around the standard analyzer. */
    static TimedAnalyzer analyzer() {
        return new TimedAnalyzer(new StandardAnalyzer());
    }

    /** Registers a user for the benchmark's negotiations. */
    static UUID user(NegotiationMaster nm) {
        return nm.accounts().register(new Registration("jmh@example.com", "jmh", "jmh-passphrase-1", "Jay", "Mh"))
                .user().id();
    }

    /** Sarah Chen selling the 2019 Honda Accord (the catalog's values) with a fixed reservation of 21,800. */
    static CounterpartProfile usedCarProfile() {
        return CounterpartProfile.builder()
                .direction(Direction.HIGH)
                .mainIssue(new MainIssue("price", "price", "USD"))
                .opening(new BigDecimal("24500"))
                .reservation(new BigDecimal("21800"))
                .flexibility(0.15)
                .patience(0.7)
                .personality(new Personality(0.6, 0.8, 0.7, 0.6, 0.3))
                .style(CommunicationStyle.parse("Relationship-focused but firm on price"))
                .tactics(EnumSet.of(MoveType.HIGH_ANCHOR, MoveType.FLINCH, MoveType.HIGHER_AUTHORITY,
                        MoveType.NIBBLE, MoveType.COMPETITION_PRESSURE, MoveType.DEADLINE_PRESSURE))
                .pressure(new PressureFactors(InventoryPressure.MEDIUM, 0.75,
                        List.of(new BigDecimal("23900"), new BigDecimal("24200"), new BigDecimal("23500"))))
                .secondaryIssue(new SecondaryIssue("maintenance", "maintenance", List.of(
                        new IssueOption("none", "no maintenance package", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("included", "the maintenance package", new BigDecimal("300"),
                                new BigDecimal("900"))), "none"))
                .secondaryIssue(new SecondaryIssue("warranty", "extended warranty", List.of(
                        new IssueOption("none", "the standard warranty", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("three_years", "a three-year extended warranty", new BigDecimal("600"),
                                new BigDecimal("1500"))), "none"))
                .facts(new PublicFacts("Sarah", "2019 Honda Accord", List.of(
                        new MarketReference("the online average", new BigDecimal("23500")),
                        new MarketReference("the dealer across town", new BigDecimal("23900")))))
                .build();
    }
}

package io.negotiationmaster.engine.strategy;

import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** Test fixtures: counterpart profiles for the three reference negotiations (shared through the test-jar). */
public final class Profiles {
    private Profiles() {
    }

    /** Sarah Chen selling a 2019 Honda Accord: asking 24,500, BATNA 21,000-22,500, flexibility 0.15, patience 0.7. */
    public static CounterpartProfile usedCar(long seed) {
        return usedCar(CounterpartProfile.drawReservation(new BigDecimal("21000"), new BigDecimal("22500"),
                new Random(seed)));
    }

    /** Sarah Chen with a given reservation. */
    public static CounterpartProfile usedCar(BigDecimal reservation) {
        return CounterpartProfile.builder()
                .direction(Direction.HIGH)
                .mainIssue(new MainIssue("price", "price", "USD"))
                .opening(new BigDecimal("24500"))
                .reservation(reservation)
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

    /** An employer hiring a graduate: offers 60,000, will pay up to 68,000-72,000. */
    public static CounterpartProfile firstSalary(long seed) {
        BigDecimal reservation = CounterpartProfile.drawReservation(new BigDecimal("68000"), new BigDecimal("72000"),
                new Random(seed));
        return CounterpartProfile.builder()
                .direction(Direction.LOW)
                .mainIssue(new MainIssue("salary", "base salary", "USD"))
                .opening(new BigDecimal("60000"))
                .reservation(reservation)
                .flexibility(0.4)
                .patience(0.6)
                .personality(new Personality(0.7, 0.6, 0.6, 0.7, 0.4))
                .style(CommunicationStyle.FRIENDLY)
                .tactics(EnumSet.of(MoveType.HIGHER_AUTHORITY, MoveType.DEADLINE_PRESSURE,
                        MoveType.COMPETITION_PRESSURE, MoveType.GOOD_COP_BAD_COP))
                .pressure(new PressureFactors(InventoryPressure.MEDIUM, 1.0, List.of()))
                .secondaryIssue(new SecondaryIssue("signing_bonus", "signing bonus", List.of(
                        new IssueOption("none", "no signing bonus", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("3000", "a 3,000 signing bonus", new BigDecimal("3000"),
                                new BigDecimal("3000"))), "none"))
                .secondaryIssue(new SecondaryIssue("remote", "remote work", List.of(
                        new IssueOption("office", "office-based work", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("two_days", "two remote days a week", new BigDecimal("200"),
                                new BigDecimal("2500"))), "office"))
                .facts(new PublicFacts("Maya", "Junior Developer position", List.of(
                        new MarketReference("the entry-level market rate", new BigDecimal("60000")))))
                .build();
    }

    /** A component supplier quoting 120,000 for a yearly contract, will go down to 98,000-105,000. */
    public static CounterpartProfile supplier(long seed) {
        BigDecimal reservation = CounterpartProfile.drawReservation(new BigDecimal("98000"), new BigDecimal("105000"),
                new Random(seed));
        return CounterpartProfile.builder()
                .direction(Direction.HIGH)
                .mainIssue(new MainIssue("contract_price", "contract price", "EUR"))
                .opening(new BigDecimal("120000"))
                .reservation(reservation)
                .flexibility(0.6)
                .patience(0.4)
                .personality(new Personality(0.4, 0.7, 0.3, 0.3, 0.6))
                .style(CommunicationStyle.ANALYTICAL)
                .tactics(EnumSet.of(MoveType.GOOD_COP_BAD_COP, MoveType.SILENCE, MoveType.DEADLINE_PRESSURE,
                        MoveType.COMPETITION_PRESSURE, MoveType.FLINCH))
                .pressure(new PressureFactors(InventoryPressure.LOW, 0.4, List.of(new BigDecimal("112000"))))
                .secondaryIssue(new SecondaryIssue("payment", "payment terms", List.of(
                        new IssueOption("net30", "30-day payment terms", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("net60", "60-day payment terms", new BigDecimal("1200"),
                                new BigDecimal("3000"))), "net30"))
                .secondaryIssue(new SecondaryIssue("delivery", "delivery", List.of(
                        new IssueOption("standard", "standard delivery", BigDecimal.ZERO, BigDecimal.ZERO),
                        new IssueOption("express", "express delivery", new BigDecimal("2500"),
                                new BigDecimal("2000"))), "standard"))
                .facts(new PublicFacts("Jonas", "yearly supply of control units", List.of(
                        new MarketReference("the last tender", new BigDecimal("112000")))))
                .build();
    }

    /** Profile {@code index % 3} of the three above. */
    public static CounterpartProfile byIndex(int index, long seed) {
        return switch (Math.floorMod(index, 3)) {
            case 0 -> usedCar(seed);
            case 1 -> firstSalary(seed);
            default -> supplier(seed);
        };
    }
}

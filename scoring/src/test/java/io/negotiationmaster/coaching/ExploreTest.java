package io.negotiationmaster.coaching;

import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.scoring.StandardAnalyzer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void explore() {
        Coach coach = new Coach(new CounterpartEngine(), new StandardAnalyzer());
        String[][] cases = {
            {"used-car-honda-accord", "/accept"},
            {"used-car-honda-accord", "Hi Sarah, thanks for showing me the Accord.|I've done some research: Dealer A has a comparable Accord at $23,900 and the online average is $23,500. Could you do $21,500?|If you can do $22,000, I'll sign today and skip the accessories.|I appreciate you working with me. Let's meet in the middle: $22,500 and we have a deal.|/accept"},
            {"used-car-honda-accord", "Hello. I'm interested in the Accord, but the price is too high.|I can pay $18,000, not a dollar more.|That's my final offer: $18,000.|/walk|/walk"},
            {"used-car-honda-accord", "I can pay $23,000.|OK, $24,000 then.|/accept"},
            {"used-car-honda-accord", "This price is a ripoff, you're a crook. $20,000 or I leave.|$20,500.|/walk|/walk"},
            {"first-job-salary-techstart", "/accept"},
            {"first-job-salary-techstart", "Thanks for the offer! I was hoping for $60,000.|/accept"},
            {"supplier-contract-packaging", "/accept"},
            {"supplier-contract-packaging", "We could do $205,000.|Fine, $200,000.|/accept"},
        };
        for (String[] c : cases) {
            long seed = 7L;
            var full = CatalogScenarios.full(c[0]);
            Simulation actual = coach.simulator().play(full, seed, List.of(c[1].split("\\|")), Instant.EPOCH);
            System.out.println("=== " + c[0] + " " + c[1] + " -> " + actual.outcome() + " " + actual.deal());
            actual.messages().forEach(m -> System.out.println("   " + m.seq() + " " + m.sender() + " " + m.moves() + " " + m.offer().map(o -> o.amount() + "" + o.terms()).orElse("") + " | " + m.content()));
            long t0 = System.nanoTime();
            List<WhatIf> w = coach.whatIfs(actual);
            System.out.println("   coach took ms " + (System.nanoTime() - t0) / 1e6);
            for (WhatIf x : w) {
                System.out.println(x.describe());
                System.out.println("   script " + x.script());
            }
        }
    }
}

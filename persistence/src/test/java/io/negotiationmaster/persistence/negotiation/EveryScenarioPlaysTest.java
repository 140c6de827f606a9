package io.negotiationmaster.persistence.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioView;
import io.negotiationmaster.storage.PageRequest;
import java.util.UUID;

/** Every bundled scenario can be started, negotiated, closed and scored. */
class EveryScenarioPlaysTest {

    @DatabaseTest
    void everyBundledScenarioPlaysToAScoredReport(TestDatabase db) {
        UUID alice = db.user("alice");
        for (ScenarioView s : db.nm().scenarios().list(ScenarioFilter.all(), PageRequest.first(50)).items()) {
            Negotiation n = db.nm().negotiations().start(alice, s.slug(), 21L);
            Turn t = db.nm().negotiations().say(alice, n.id(),
                    "Hello, thanks for meeting me. What matters most to you here?");
            assertThat(t.reply().content()).as(s.slug()).isNotBlank();
            t = db.nm().negotiations().say(alice, n.id(), "Could we meet somewhere in the middle?");
            if (t.negotiation().inProgress()) {
                db.nm().negotiations().accept(alice, n.id());
            }
            PerformanceReport report = db.nm().performance().finish(alice, n.id());
            assertThat(report.overall().score()).as(s.slug()).isBetween(0.0, 100.0);
        }
    }
}

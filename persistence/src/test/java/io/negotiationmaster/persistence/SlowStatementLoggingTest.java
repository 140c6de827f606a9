package io.negotiationmaster.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.persistence.testing.CapturingLoggerProvider;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.time.Duration;

/** Statements slower than the configured threshold are logged with their mapper id and time. */
class SlowStatementLoggingTest {

    @DatabaseTest
    void statementsAboveTheThresholdAreLoggedWithTheMapperIdAndTime(TestDatabase db) {
        var nm = db.open(b -> b.slowStatementThreshold(Duration.ZERO));
        CapturingLoggerProvider.EVENTS.clear();

        nm.scenarios().installCatalog();

        assertThat(CapturingLoggerProvider.EVENTS)
                .anySatisfy(e -> assertThat(e).startsWith("io.negotiationmaster.sql.slow WARN")
                        .contains("CatalogMapper.insertScenario").contains(" ms"));
    }
}

package io.negotiationmaster.engine.writing;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.CounterpartState;
import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.strategy.Negotiator;
import io.negotiationmaster.engine.strategy.Profiles;
import io.negotiationmaster.engine.strategy.NegotiatorGuardProperties;
import io.negotiationmaster.engine.strategy.UserMove;
import io.negotiationmaster.engine.writing.internal.AmountScanner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ReplyWriterTest {
    private static final ReplyWriter WRITER = ReplyWriter.withBundledTemplates();
    private final Negotiator negotiator = new Negotiator();

    @Property(tries = 400)
    void everyAmountWrittenIsADecidedAmountAndNoReplyRepeats(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int profileIndex, @ForAll @IntRange(min = 0, max = 3) int mode) {
        CounterpartProfile profile = Profiles.byIndex(profileIndex, seed);
        PublicPersona persona = PublicPersona.of(profile);
        SplittableRandom rnd = new SplittableRandom(seed);
        SplittableRandom dialogue = new SplittableRandom(~seed);
        Decision d = negotiator.open(profile, rnd);
        CounterpartState state = d.next();
        Set<String> texts = new HashSet<>();
        for (int turn = 0; turn < 60; turn++) {
            ReplyPlan plan = ReplyPlan.of(d, persona);
            WrittenReply reply = WRITER.write(plan, persona, state.templatesUsed(), rnd);
            assertThat(texts.add(reply.text())).as("repeated reply %s", reply.text()).isTrue();
            List<BigDecimal> allowed = new ArrayList<>(plan.amounts());
            persona.market().stream().map(MarketReference::amount).forEach(allowed::add);
            List<BigDecimal> publicNumbers = new ArrayList<>();
            AmountScanner.scan(persona.itemName()).forEach(f -> publicNumbers.add(f.value()));
            persona.optionLabels().values().forEach(l -> AmountScanner.scan(l)
                    .forEach(f -> publicNumbers.add(f.value())));
            for (AmountScanner.Found f : AmountScanner.scan(reply.text())) {
                boolean ok = allowed.stream().anyMatch(a -> a.compareTo(f.value()) == 0)
                        || publicNumbers.stream().anyMatch(a -> a.compareTo(f.value()) == 0);
                assertThat(ok).as("amount %s in \"%s\" for %s", f.value(), reply.text(), plan).isTrue();
                assertThat(f.value().compareTo(profile.reservation()) != 0
                        || plan.amounts().stream().anyMatch(a -> a.compareTo(f.value()) == 0)).isTrue();
            }
            plan.offer().ifPresent(o -> assertThat(AmountScanner.scan(reply.text()))
                    .anyMatch(f -> f.value().compareTo(o) == 0));
            plan.deal().ifPresent(o -> assertThat(AmountScanner.scan(reply.text()))
                    .anyMatch(f -> f.value().compareTo(o) == 0));
            assertThat(reply.text().toLowerCase()).doesNotContain("reservation", "batna", "dealer cost");
            state = state.withTemplateUsed(reply.templateKey());
            if (state.status().isFinal()) {
                break;
            }
            UserMove m = NegotiatorGuardProperties.adversarialMove(profile, state, dialogue, mode);
            d = negotiator.decide(profile, state, m, rnd);
            state = d.next(); // carries the template keys recorded so far
        }
    }

    @Property(tries = 200)
    void sameSeedGivesTheSameReply(@ForAll long seed) {
        CounterpartProfile profile = Profiles.usedCar(seed);
        PublicPersona persona = PublicPersona.of(profile);
        Decision d = negotiator.decide(profile, negotiator.open(profile, new SplittableRandom(seed)).next(),
                UserMove.offer(new BigDecimal("21000"), "21k"), new SplittableRandom(seed));
        ReplyPlan plan = ReplyPlan.of(d, persona);
        assertThat(WRITER.write(plan, persona, List.of(), new SplittableRandom(seed)))
                .isEqualTo(WRITER.write(plan, persona, List.of(), new SplittableRandom(seed)));
    }
}

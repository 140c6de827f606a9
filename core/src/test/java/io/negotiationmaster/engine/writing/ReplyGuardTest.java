package io.negotiationmaster.engine.writing;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.engine.strategy.Profiles;
import io.negotiationmaster.engine.strategy.ReplyCue;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplyGuardTest {
    private final PublicPersona persona = PublicPersona.of(Profiles.usedCar(new BigDecimal("21800")));
    private final ReplyGuard guard = new ReplyGuard(List.of("Do not go below 21,000 unless they pay cash"),
            List.of(new BigDecimal("21800"), new BigDecimal("19000"), new BigDecimal("21000")));
    private final ReplyPlan counter = new ReplyPlan(List.of(MoveType.COUNTER_OFFER, MoveType.CONCESSION), Set.of(),
            Optional.of(new BigDecimal("23200")), Optional.empty(), Optional.of(new BigDecimal("21500")), List.of());

    @Test
    void aReplyStatingOnlyTheDecidedAmountsPasses() {
        assertThat(guard.problems("I hear you on $21,500, but I can do $23,200 for the 2019 Honda Accord.",
                counter, persona)).isEmpty();
        assertThat(guard.allows("23.2k is where I can be.", counter, persona)).isTrue();
    }

    @Test
    void anAmountThatWasNotDecidedIsRejected() {
        assertThat(guard.problems("I can do $23,200, or maybe $22,900.", counter, persona))
                .anyMatch(p -> p.contains("22900"));
    }

    @Test
    void aMissingDecidedOfferIsRejected() {
        assertThat(guard.problems("Let's talk about the price.", counter, persona))
                .anyMatch(p -> p.contains("not stated"));
    }

    @Test
    void confidentialAmountsAndTextsAreRejected() {
        assertThat(guard.problems("I can do $23,200, though my limit is $21,800.", counter, persona))
                .anyMatch(p -> p.contains("confidential amount 21800"));
        assertThat(guard.problems("$23,200. Do not go below 21,000 unless they pay cash.", counter, persona))
                .anyMatch(p -> p.contains("confidential"));
        assertThat(guard.problems("$23,200 is above my reservation price.", counter, persona))
                .anyMatch(p -> p.contains("reservation"));
    }

    @Test
    void acceptanceWordingWithoutAnAcceptedDealIsRejected() {
        assertThat(guard.problems("$23,200 and we have a deal.", counter, persona))
                .anyMatch(p -> p.contains("acceptance wording"));
        ReplyPlan deal = new ReplyPlan(List.of(MoveType.ACCEPTANCE), Set.of(), Optional.empty(),
                Optional.of(new BigDecimal("23200")), Optional.empty(), List.of());
        assertThat(guard.problems("$23,200, we have a deal!", deal, persona)).isEmpty();
    }

    @Test
    void theModelWriterFallsBackToTheTemplateWhenTheGuardObjectsOrTheModelFails() {
        ReplyWriter templates = ReplyWriter.withBundledTemplates();
        List<ChatTurn> history = List.of(new ChatTurn(Party.USER, "21,500?"));
        ReplyPlan plan = new ReplyPlan(counter.moves(), Set.of(ReplyCue.HOLD), counter.offer(), Optional.empty(),
                counter.userOffer(), List.of());
        LanguageModel leaky = (system, conversation, instruction, timeout) -> "Fine, $21,800 is my floor.";
        LanguageModel failing = (system, conversation, instruction, timeout) -> {
            throw new LanguageModelException("timed out after " + timeout, null);
        };
        LanguageModel good = (system, conversation, instruction, timeout) -> "I can move to $23,200 today.";
        WrittenReply expected = templates.write(plan, persona, List.of(), new SplittableRandom(5));
        for (LanguageModel bad : List.of(leaky, failing)) {
            WrittenReply r = new ModelReplyWriter(bad, templates, Duration.ofSeconds(2))
                    .write(plan, persona, history, List.of(), new SplittableRandom(5), guard);
            assertThat(r).isEqualTo(expected);
            assertThat(r.source()).isEqualTo(WrittenReply.Source.TEMPLATE);
        }
        WrittenReply r = new ModelReplyWriter(good, templates, Duration.ofSeconds(2))
                .write(plan, persona, history, List.of(), new SplittableRandom(5), guard);
        assertThat(r.source()).isEqualTo(WrittenReply.Source.MODEL);
        assertThat(r.text()).isEqualTo("I can move to $23,200 today.");
        assertThat(ModelReplyWriter.instruction(plan, persona)).contains("$23,200").doesNotContain("21,800");
    }
}

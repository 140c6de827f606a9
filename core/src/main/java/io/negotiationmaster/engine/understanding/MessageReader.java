package io.negotiationmaster.engine.understanding;

import io.negotiationmaster.engine.understanding.internal.AmountReader;
import io.negotiationmaster.engine.understanding.internal.MoveDetector;
import io.negotiationmaster.engine.understanding.internal.SpelledNumbers;
import io.negotiationmaster.engine.understanding.internal.Tokens;
import io.negotiationmaster.negotiation.MoveType;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a negotiation message: the amounts it mentions, which issue each belongs to, the offers it makes and the
 * moves it makes. Lexicon and pattern based, deterministic, and fast (a typical message takes microseconds:
 * numbers are scanned by hand, phrases are matched through a first-word index, and ICU is consulted only when
 * number words are present).
 *
 * <p>An instance is immutable and thread-safe; create one and share it.
 *
 * <pre>{@code
 * MessageReader reader = MessageReader.create();
 * ReadingContext context = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24000"))
 *         .withCounterpartOffer(new BigDecimal("24000"));
 * Reading reading = reader.read("Thanks! I could do 21.5k if you throw in the floor mats.", context);
 * reading.mainOffer();                       // Optional[21500]
 * reading.has(MoveType.FIRST_OFFER);         // true
 * reading.has(MoveType.NIBBLE);              // true
 * }</pre>
 *
 * <p>Offer moves come from the context: the first main offer of the writer is {@link MoveType#FIRST_OFFER}; a
 * later one is a {@link MoveType#CONCESSION} when it moves towards the other side compared with the writer's last
 * offer, else a {@link MoveType#COUNTER_OFFER}; an offer equal to the other side's standing offer is also an
 * {@link MoveType#ACCEPTANCE}. When a message proposes a range on the main issue, the main offer is the end
 * that favours the other side (that is the end the other side will hold the writer to). Messages longer than
 * {@value #MAX_LENGTH} characters are read up to that length.
 */
public final class MessageReader {
    /** The longest prefix of a message that is read. */
    public static final int MAX_LENGTH = 20_000;

    private final AmountReader amounts;
    private final MoveDetector moves;

    private MessageReader() {
        this.amounts = new AmountReader(new SpelledNumbers());
        this.moves = new MoveDetector();
    }

    /** A reader with the built-in English lexicon. Building one compiles the lexicon and ICU's rules: reuse it. */
    public static MessageReader create() {
        return new MessageReader();
    }

    /**
     * Reads {@code text} in {@code context}. Never fails on any text: unreadable parts are simply not read.
     *
     * @throws NullPointerException when {@code text} or {@code context} is null
     */
    public Reading read(String text, ReadingContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        String message = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        Tokens tokens = Tokens.of(message);
        List<AmountMention> found = amounts.read(message, tokens, context);
        Set<MoveType> made = EnumSet.noneOf(MoveType.class);
        made.addAll(moves.detect(message, tokens));
        Optional<String> mainKey = context.mainIssue().map(IssueVocabulary::key);
        Optional<BigDecimal> mainOffer = mainKey.flatMap(key -> mainOffer(found, key, context.userGoal()));
        Map<String, BigDecimal> issueValues = new HashMap<>();
        for (AmountMention mention : found) {
            if (mention.kind().isProposal() && mention.issue().isPresent()
                    && !mention.issue().equals(mainKey)) {
                issueValues.put(mention.issue().get(), mention.value());
            }
        }
        mainOffer.ifPresent(offer -> made.add(offerMove(offer, context)));
        if (mainOffer.isPresent() && context.counterpartOffer().isPresent()) {
            if (context.counterpartOffer().get().compareTo(mainOffer.get()) == 0) {
                made.add(MoveType.ACCEPTANCE);
            } else {
                // "$22,500 and we have a deal" proposes a number; it does not accept the counterpart's
                made.remove(MoveType.ACCEPTANCE);
            }
        }
        if (!issueValues.isEmpty() && (mainOffer.isPresent() || issueValues.size() > 1)) {
            made.add(MoveType.PACKAGE_TRADE);
        }
        if (made.isEmpty()) {
            made.add(MoveType.OTHER);
        }
        return new Reading(found, made, mainOffer, issueValues);
    }

    private static Optional<BigDecimal> mainOffer(List<AmountMention> found, String mainKey, UserGoal goal) {
        Optional<BigDecimal> offer = Optional.empty();
        Optional<BigDecimal> low = Optional.empty();
        Optional<BigDecimal> high = Optional.empty();
        for (AmountMention mention : found) {
            if (!mention.isFor(mainKey) || mention.unit() != IssueUnit.MONEY) {
                continue;
            }
            switch (mention.kind()) {
                case OFFER, RELATIVE -> offer = Optional.of(mention.value());
                case RANGE_LOW -> low = Optional.of(mention.value());
                case RANGE_HIGH -> high = Optional.of(mention.value());
                default -> {
                    // cited figures and unresolved differences are not offers
                }
            }
        }
        if (offer.isPresent()) {
            return offer;
        }
        Optional<BigDecimal> lowEnd = low;
        Optional<BigDecimal> highEnd = high;
        return goal == UserGoal.WANTS_LOW ? highEnd.or(() -> lowEnd) : lowEnd.or(() -> highEnd);
    }

    private static MoveType offerMove(BigDecimal offer, ReadingContext context) {
        if (!context.userHasOffered()) {
            return MoveType.FIRST_OFFER;
        }
        Optional<BigDecimal> last = context.userLastOffer();
        if (last.isPresent()) {
            int cmp = offer.compareTo(last.get());
            boolean towards = context.userGoal() == UserGoal.WANTS_LOW ? cmp > 0 : cmp < 0;
            if (towards) {
                return MoveType.CONCESSION;
            }
        }
        return MoveType.COUNTER_OFFER;
    }
}

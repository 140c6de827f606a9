package io.negotiationmaster.engine.understanding.internal;

import io.negotiationmaster.engine.understanding.AmountKind;
import io.negotiationmaster.engine.understanding.AmountMention;
import io.negotiationmaster.engine.understanding.IssueUnit;
import io.negotiationmaster.engine.understanding.IssueVocabulary;
import io.negotiationmaster.engine.understanding.ReadingContext;
import io.negotiationmaster.engine.understanding.UserGoal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the numbers of a message into {@link AmountMention}s: drops what is not an amount (years, mileage,
 * counts, phone and model numbers, negative or absurd values), attributes each amount to an issue, resolves
 * relative amounts against the standing offers and tells offers from cited figures and range ends.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>An issue keyword within five words before or four after the amount (same sentence) attributes it,
 *       if the units fit (a percentage to a percent issue, money to a money issue, a bare count to a days or
 *       count issue). Otherwise money goes to the main issue when plausible (a quarter of its typical minimum to
 *       four times its typical maximum), else to a secondary money issue whose typical range holds it.</li>
 *   <li>A bare number (no currency, no multiplier) is kept only when it is plausible for the main issue, or when
 *       it is an elided thousand: the main issue is in the thousands, the number is below 1,000, a thousand
 *       times it is plausible, and it has a decimal part ("21.5") or an offer word comes just before it ("I can
 *       do 21"). Bare numbers followed by a unit word (miles, years, kids, days…) are counts, not money.</li>
 *   <li>A four-digit number from 1900 to 2099 without currency is a year when a capitalised word follows
 *       ("2019 Honda") or a year cue precedes it ("in 2019", "a 2012").</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class AmountReader {
    private static final BigDecimal ABSURD = new BigDecimal("1e12");
    private static final BigDecimal THOUSAND = new BigDecimal(1_000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal TWO = new BigDecimal(2);
    private static final int KEYWORD_BEFORE = 5;
    private static final int KEYWORD_AFTER = 4;

    private final NumberScanner scanner = new NumberScanner();
    private final SpelledNumbers spelled;

    /** A reader using the given spelled-number parser. */
    public AmountReader(SpelledNumbers spelled) {
        this.spelled = spelled;
    }

    /** The amounts in {@code text}, in order of appearance. */
    public List<AmountMention> read(String text, Tokens tokens, ReadingContext context) {
        List<RawNumber> raws = new ArrayList<>(scanner.scan(text, context.decimalComma()));
        boolean[] covered = new boolean[tokens.size()];
        for (RawNumber raw : raws) {
            for (int t = tokens.tokenAt(raw.start()); t < tokens.size() && tokens.start(t) < raw.end(); t++) {
                covered[t] = true;
            }
        }
        boolean words = false;
        for (int t = 0; t < tokens.size() && !words; t++) {
            String w = tokens.word(t);
            words = !covered[t] && (spelled.isNumberWord(w) || w.equals("a") && tokens.word(t + 1).equals("grand"));
        }
        if (words) {
            raws.addAll(spelled.find(text, tokens, covered));
            raws.sort(Comparator.comparingInt(RawNumber::start));
        }
        if (raws.isEmpty()) {
            return midpoint(text, tokens, context).map(List::of).orElse(List.of());
        }
        IssueHits hits = IssueHits.find(tokens, context.issues());
        List<AmountMention> out = new ArrayList<>(raws.size() + 1);
        for (int r = 0; r < raws.size(); r++) {
            RawNumber raw = raws.get(r);
            if (r + 1 < raws.size() && isRange(text, tokens, raw, raws.get(r + 1))) {
                RawNumber high = raws.get(r + 1);
                RawNumber low = raw.asRangeLowOf(high);
                high = high.asRangeHighOf(low);
                Optional<AmountMention> lowMention = interpret(text, tokens, context, hits, low, AmountKind.RANGE_LOW);
                Optional<AmountMention> highMention = interpret(text, tokens, context, hits, high,
                        AmountKind.RANGE_HIGH);
                if (lowMention.isPresent() && highMention.isPresent()
                        && lowMention.get().value().compareTo(highMention.get().value()) <= 0) {
                    out.add(lowMention.get());
                    out.add(highMention.get());
                    r++;
                    continue;
                }
            }
            interpret(text, tokens, context, hits, raw, null).ifPresent(out::add);
        }
        midpoint(text, tokens, context).ifPresent(out::add);
        out.sort(Comparator.comparingInt(AmountMention::start));
        return out;
    }

    private static boolean isRange(String text, Tokens tokens, RawNumber a, RawNumber b) {
        if (a.percent() != b.percent() && !(a.percent() || b.percent())) {
            return false;
        }
        if (b.start() < a.end()) {
            return false;
        }
        String between = text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
        switch (between) {
            case "-", "\u2013", "\u2014", "to", "or", "-$", "to $", "or $":
                return true;
            case "and", "and $":
                int t = tokens.tokenAt(a.start());
                return tokens.word(t - 1).equals("between") || tokens.word(t - 2).equals("between");
            default:
                return false;
        }
    }

    private Optional<AmountMention> interpret(String text, Tokens tokens, ReadingContext context, IssueHits hits,
                                              RawNumber raw, AmountKind rangeRole) {
        if (raw.negative() || raw.value().compareTo(ABSURD) > 0) {
            return Optional.empty();
        }
        int first = tokens.tokenAt(raw.start());
        int last = first;
        while (last + 1 < tokens.size() && tokens.start(last + 1) < raw.end()) {
            last++;
        }
        Optional<IssueVocabulary> main = context.mainIssue().filter(i -> i.unit() == IssueUnit.MONEY);
        BigDecimal value = raw.value();
        if (raw.percent()) {
            if (value.compareTo(new BigDecimal(1_000)) > 0) {
                return Optional.empty();
            }
            Optional<BigDecimal> discounted = percentRelative(tokens, last, context, value);
            if (discounted.isPresent() && main.isPresent() && rangeRole == null) {
                return mention(text, raw, discounted.get(), main, AmountKind.RELATIVE, IssueUnit.MONEY);
            }
            Optional<IssueVocabulary> issue = hits.nearest(first, last, KEYWORD_BEFORE, KEYWORD_AFTER,
                    i -> i.unit() == IssueUnit.PERCENT);
            if (issue.isEmpty()) {
                issue = sole(context, IssueUnit.PERCENT);
            }
            return mention(text, raw, value, issue, kind(tokens, first, rangeRole), IssueUnit.PERCENT);
        }
        if (raw.glued() && !hits.isKeyword(raw.unitWord())) {
            return Optional.empty();
        }
        // a keyword near the amount names its issue, unless the amount is far outside that issue's typical range
        // ("if you include the signing bonus, I can do $67,000" offers a salary, not a bonus)
        Optional<IssueVocabulary> keyed = hits.nearest(first, last, KEYWORD_BEFORE, KEYWORD_AFTER,
                i -> fits(i, raw) && (i.main() || i.unit() != IssueUnit.MONEY || raw.multiplied()
                        || i.isTypical(raw.value())));
        boolean unitCount = !raw.currencyMarked() && Lexicon.NON_MONEY_UNITS.contains(raw.unitWord());
        if (unitCount && (keyed.isEmpty() || keyed.get().unit() == IssueUnit.MONEY)) {
            return Optional.empty();
        }
        if (isYear(tokens, first, raw)) {
            return Optional.empty();
        }
        boolean marked = raw.currencyMarked() || raw.multiplied();
        if (keyed.isPresent()) {
            IssueVocabulary issue = keyed.get();
            if (issue.unit() != IssueUnit.MONEY) {
                return mention(text, raw, value, keyed, kind(tokens, first, rangeRole), issue.unit());
            }
            if (marked || !issue.main() || plausible(issue, context, value)) {
                return money(text, tokens, context, raw, value, keyed, first, last, rangeRole);
            }
            if (elidedThousand(tokens, first, raw, issue, context)) {
                return money(text, tokens, context, raw, value.multiply(THOUSAND), keyed, first, last, rangeRole);
            }
            return Optional.empty();
        }
        if (main.isPresent() && plausible(main.get(), context, value)) {
            return money(text, tokens, context, raw, value, main, first, last, rangeRole);
        }
        Optional<IssueVocabulary> typical = context.issues().stream()
                .filter(i -> !i.main() && i.unit() == IssueUnit.MONEY && i.typicalMin().isPresent()
                        && i.isTypical(value))
                .findFirst();
        if (typical.isPresent()) {
            return money(text, tokens, context, raw, value, typical, first, last, rangeRole);
        }
        if (!marked && main.isPresent() && elidedThousand(tokens, first, raw, main.get(), context)) {
            return money(text, tokens, context, raw, value.multiply(THOUSAND), main, first, last, rangeRole);
        }
        if (marked || relativeDirection(tokens, first, last) != 0) {
            return money(text, tokens, context, raw, value, Optional.empty(), first, last, rangeRole);
        }
        return Optional.empty();
    }

    private Optional<AmountMention> money(String text, Tokens tokens, ReadingContext context, RawNumber raw,
                                          BigDecimal value, Optional<IssueVocabulary> issue, int first, int last,
                                          AmountKind rangeRole) {
        if (value.signum() == 0) {
            return Optional.empty();
        }
        boolean mainOrUnknown = issue.isEmpty() || issue.get().main();
        if (rangeRole == null && mainOrUnknown) {
            int direction = relativeDirection(tokens, first, last);
            if (direction != 0) {
                Optional<BigDecimal> resolved = resolve(tokens, last, context, value, direction);
                Optional<IssueVocabulary> target = issue.isPresent() ? issue : context.mainIssue();
                if (resolved.isPresent() && resolved.get().signum() > 0) {
                    return mention(text, raw, resolved.get(), target, AmountKind.RELATIVE, IssueUnit.MONEY);
                }
                return mention(text, raw, value, target, AmountKind.DIFFERENCE, IssueUnit.MONEY);
            }
        }
        return mention(text, raw, value, issue, kind(tokens, first, rangeRole), IssueUnit.MONEY);
    }

    private static Optional<AmountMention> mention(String text, RawNumber raw, BigDecimal value,
                                                   Optional<IssueVocabulary> issue, AmountKind kind, IssueUnit unit) {
        BigDecimal normal = value.stripTrailingZeros();
        if (normal.scale() < 0) {
            normal = normal.setScale(0);
        }
        return Optional.of(new AmountMention(normal, issue.map(IssueVocabulary::key), kind, unit, raw.start(),
                raw.end(), text.substring(raw.start(), raw.end())));
    }

    private static boolean fits(IssueVocabulary issue, RawNumber raw) {
        return switch (issue.unit()) {
            case MONEY -> true;
            case PERCENT -> raw.percent() || !raw.currencyMarked() && !raw.multiplied();
            case DAYS, COUNT, DATE -> !raw.currencyMarked() && !raw.multiplied() && !raw.hasFraction();
        };
    }

    private static Optional<IssueVocabulary> sole(ReadingContext context, IssueUnit unit) {
        List<IssueVocabulary> of = context.issues().stream().filter(i -> i.unit() == unit).toList();
        return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    private static boolean plausible(IssueVocabulary main, ReadingContext context, BigDecimal value) {
        if (main.typicalMin().isPresent() || main.typicalMax().isPresent()) {
            boolean aboveMin = main.typicalMin().map(min -> value.compareTo(min.divide(new BigDecimal(4))) >= 0)
                    .orElse(true);
            boolean belowMax = main.typicalMax().map(max -> value.compareTo(max.multiply(new BigDecimal(4))) <= 0)
                    .orElse(true);
            return aboveMin && belowMax;
        }
        Optional<BigDecimal> reference = context.counterpartOffer().or(context::userLastOffer);
        return reference.map(ref -> value.compareTo(ref.divide(BigDecimal.TEN)) >= 0
                && value.compareTo(ref.multiply(BigDecimal.TEN)) <= 0).orElse(value.compareTo(BigDecimal.ONE) >= 0);
    }

    private static boolean elidedThousand(Tokens tokens, int first, RawNumber raw, IssueVocabulary main,
                                          ReadingContext context) {
        BigDecimal scale = main.typicalMin().or(context::counterpartOffer).or(context::userLastOffer)
                .orElse(BigDecimal.ZERO);
        if (scale.compareTo(THOUSAND) < 0 || raw.value().compareTo(THOUSAND) >= 0
                || !plausible(main, context, raw.value().multiply(THOUSAND))) {
            return false;
        }
        return raw.hasFraction() || Lexicon.OFFER_CUES.contains(tokens.word(first - 1))
                || Lexicon.OFFER_CUES.contains(tokens.word(first - 2)) && !tokens.word(first - 1).equals("|");
    }

    private static boolean isYear(Tokens tokens, int first, RawNumber raw) {
        if (raw.currencyMarked() || raw.multiplied() || raw.hasFraction() || raw.integerDigits() != 4) {
            return false;
        }
        int v = raw.value().intValue();
        return v >= 1900 && v <= 2099 && (raw.nextCapitalized() || Lexicon.YEAR_CUES.contains(tokens.word(first - 1)));
    }

    private static AmountKind kind(Tokens tokens, int first, AmountKind rangeRole) {
        if (rangeRole != null) {
            return rangeRole;
        }
        if (Lexicon.CONTRAST_CUES.contains(tokens.word(first - 1))) {
            return AmountKind.REFERENCE;
        }
        for (int t = first - 1; t >= Math.max(0, first - 6); t--) {
            String w = tokens.word(t);
            if (w.equals(Tokens.SENTENCE_END)) {
                break;
            }
            if (Lexicon.REFERENCE_CUES.contains(w)) {
                return AmountKind.REFERENCE;
            }
            if (w.equals("asking") && Lexicon.YOU_WORDS.contains(tokens.word(t - 1))
                    || w.equals("asking") && tokens.word(t - 1).equals("are")
                    || w.equals("want") && Lexicon.YOU_WORDS.contains(tokens.word(t - 1))) {
                return AmountKind.REFERENCE;
            }
        }
        return AmountKind.OFFER;
    }

    /**
     * +1 for an upward relative amount ("500 more", "add 500"), -1 for a downward one ("500 less", "knock off
     * 500"), +2 for the writer's own concession ("another 500"), 0 when the amount is absolute.
     */
    private static int relativeDirection(Tokens tokens, int first, int last) {
        String after = tokens.word(last + 1);
        boolean objectFollows = Lexicon.RELATIVE_OBJECTS.contains(tokens.word(last + 2))
                || tokens.word(last + 2).equals("than");
        if (Lexicon.DOWN_AFTER.contains(after) && (!Lexicon.NEEDS_OBJECT.contains(after) || objectFollows)) {
            return -1;
        }
        if (Lexicon.UP_AFTER.contains(after) && (!Lexicon.NEEDS_OBJECT.contains(after) || objectFollows)) {
            return after.equals("more") && tokens.word(first - 1).equals("no") ? 0 : 1;
        }
        int t = first - 1;
        for (int skipped = 0; skipped <= 2 && t >= 0; skipped++, t--) {
            String w = tokens.word(t);
            if (Lexicon.CONCEDE_BEFORE.contains(w)) {
                return 2;
            }
            if (Lexicon.DOWN_BEFORE.contains(w)) {
                return -1;
            }
            if (Lexicon.UP_BEFORE.contains(w)) {
                return 1;
            }
            if (!Lexicon.RELATIVE_FILLERS.contains(w) && !w.equals("a")) {
                break;
            }
        }
        return 0;
    }

    private static Optional<BigDecimal> resolve(Tokens tokens, int last, ReadingContext context, BigDecimal delta,
                                                int direction) {
        boolean wantsLow = context.userGoal() == UserGoal.WANTS_LOW;
        if (direction == 2) {
            return context.userLastOffer().map(own -> wantsLow ? own.add(delta) : own.subtract(delta));
        }
        boolean thanTheirs = tokens.word(last + 2).equals("than")
                && Lexicon.YOU_WORDS.contains(tokens.word(last + 3)) || tokens.word(last + 3).equals("that")
                && tokens.word(last + 2).equals("than");
        boolean thanMine = tokens.word(last + 2).equals("than") && tokens.word(last + 3).equals("my");
        Optional<BigDecimal> base;
        if (thanTheirs) {
            base = context.counterpartOffer();
        } else if (thanMine) {
            base = context.userLastOffer();
        } else {
            boolean fromTheirs = (direction < 0) == wantsLow;
            base = fromTheirs ? context.counterpartOffer().or(context::userLastOffer)
                    : context.userLastOffer().or(context::counterpartOffer);
        }
        return base.map(b -> direction < 0 ? b.subtract(delta) : b.add(delta));
    }

    private static Optional<BigDecimal> percentRelative(Tokens tokens, int last, ReadingContext context,
                                                        BigDecimal percent) {
        int direction = relativeDirection(tokens, last, last);
        if (direction == 0 || direction == 2 || percent.compareTo(HUNDRED) >= 0 && direction < 0) {
            return Optional.empty();
        }
        BigDecimal factor = percent.divide(HUNDRED);
        return baseFor(context, direction).map(b -> direction < 0 ? b.subtract(b.multiply(factor)) : b.add(b.multiply(factor)));
    }

    private static Optional<BigDecimal> baseFor(ReadingContext context, int direction) {
        boolean fromTheirs = (direction < 0) == (context.userGoal() == UserGoal.WANTS_LOW);
        return fromTheirs ? context.counterpartOffer().or(context::userLastOffer)
                : context.userLastOffer().or(context::counterpartOffer);
    }

    private static Optional<AmountMention> midpoint(String text, Tokens tokens, ReadingContext context) {
        if (context.counterpartOffer().isEmpty() || context.userLastOffer().isEmpty()
                || context.mainIssue().isEmpty()) {
            return Optional.empty();
        }
        for (String[] phrase : MIDPOINTS) {
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.matches(t, phrase)) {
                    BigDecimal mid = context.counterpartOffer().get().add(context.userLastOffer().get()).divide(TWO);
                    int start = tokens.start(t);
                    int end = tokens.end(t + phrase.length - 1);
                    RawNumber span = new RawNumber(mid, BigDecimal.ONE, start, end, false, false, false, false,
                            true, 0, "", false, false);
                    return mention(text, span, mid, context.mainIssue(), AmountKind.RELATIVE, IssueUnit.MONEY);
                }
            }
        }
        return Optional.empty();
    }

    private static final List<String[]> MIDPOINTS = Lexicon.MIDPOINT_PHRASES.stream()
            .map(p -> p.split(" "))
            .toList();
}

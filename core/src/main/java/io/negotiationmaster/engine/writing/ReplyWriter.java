package io.negotiationmaster.engine.writing;

import io.negotiationmaster.engine.strategy.CommunicationStyle;
import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.strategy.Personality;
import io.negotiationmaster.engine.strategy.ReplyCue;
import io.negotiationmaster.engine.writing.internal.Fragment;
import io.negotiationmaster.engine.writing.internal.Fragment.Placeholder;
import io.negotiationmaster.engine.writing.internal.Fragment.Segment;
import io.negotiationmaster.engine.writing.internal.MoneyFormat;
import io.negotiationmaster.engine.writing.internal.TemplateBank;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes the counterpart's reply from the bundled template bank: an opener (greeting back, thanks, a word on
 * hostility, or an acknowledgement), fragments for the tactics and cues (flinch, higher authority, deflecting a
 * question about limits, a market reference…), the body for the main move (opening, concession, hold, lowball
 * rejection, trade, nibble, final or last offer, acceptance, walking away) and a closer. Fragments are chosen by
 * communication style and personality tone (warm for extraverts, anxious for neurotic characters, blunt for
 * disagreeable ones) with the negotiation's seeded random source; a combination already used in the negotiation
 * is never used again, so no reply repeats word for word. Every amount written is a decided amount (or a public
 * market reference).
 *
 * <p>Create one instance (it loads and parses the bank once) and share it; it is immutable and thread-safe.
 */
public final class ReplyWriter {
    private static final int ATTEMPTS = 60;
    private final TemplateBank bank;

    private ReplyWriter(TemplateBank bank) {
        this.bank = bank;
    }

    /** A writer over the bundled template bank. */
    public static ReplyWriter withBundledTemplates() {
        return new ReplyWriter(TemplateBank.bundled());
    }

    /**
     * Writes the reply for {@code plan}.
     *
     * @param plan     the decided public content
     * @param persona  the counterpart's public side
     * @param used     template keys already used in this negotiation (from the state)
     * @param rnd      the negotiation's seeded random source
     */
    public WrittenReply write(ReplyPlan plan, PublicPersona persona, Collection<String> used, RandomGenerator rnd) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(rnd, "rnd");
        Set<String> usedKeys = used instanceof Set<String> set ? set : new HashSet<>(used);
        Context ctx = new Context(plan, persona);
        List<Fragment> chosen = new ArrayList<>(6);
        String key = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            chosen.clear();
            compose(ctx, rnd, chosen, attempt >= ATTEMPTS / 2);
            key = key(chosen);
            if (!usedKeys.contains(key)) {
                break;
            }
        }
        StringBuilder text = new StringBuilder(160);
        for (Fragment f : chosen) {
            if (text.length() > 0) {
                text.append(' ');
            }
            render(f, ctx, text);
        }
        return new WrittenReply(text.toString(), key, ctx.amountsWritten(chosen), WrittenReply.Source.TEMPLATE);
    }

    private void compose(Context ctx, RandomGenerator rnd, List<Fragment> out, boolean widen) {
        ReplyPlan plan = ctx.plan;
        String body = bodySlot(plan);
        boolean terse = body.equals("SILENCE");
        String opener = openerKey(plan, body);
        if (opener != null && !terse) {
            pick("opener", opener, ctx, rnd, widen).ifPresent(out::add);
        }
        for (MoveType m : plan.moves()) {
            if (m.isTactic() && m != MoveType.NIBBLE && m != MoveType.SILENCE) {
                pick("tactic", m.name(), ctx, rnd, widen).ifPresent(out::add);
            }
        }
        if (plan.cues().contains(ReplyCue.DEFLECT_LIMIT) && !terse) {
            pick("tactic", "DEFLECT_LIMIT", ctx, rnd, widen).ifPresent(out::add);
        }
        if (plan.cues().contains(ReplyCue.SHARE_INTEREST) && !terse) {
            pick("tactic", "SHARE_INTEREST", ctx, rnd, widen).ifPresent(out::add);
        }
        if (ctx.market != null && citesMarket(body) && !terse
                && rnd.nextDouble() < (ctx.persona.style() == CommunicationStyle.ANALYTICAL ? 0.7 : 0.3)) {
            pick("tactic", "MARKET", ctx, rnd, widen).ifPresent(out::add);
        }
        pick("body", body, ctx, rnd, true).ifPresent(out::add);
        if (body.equals("ACCEPT")) {
            pick("closer", "DEAL", ctx, rnd, widen).ifPresent(out::add);
        } else if (!terse && !body.equals("WALK_AWAY") && !body.equals("FAREWELL")
                && rnd.nextDouble() < 0.3 + 0.6 * ctx.persona.personality().extraversion()) {
            pick("closer", "ANY", ctx, rnd, widen).ifPresent(out::add);
        }
    }

    private static boolean citesMarket(String body) {
        return switch (body) {
            case "OPENING", "HOLD", "LOWBALL", "FINAL", "INFO" -> true;
            default -> false;
        };
    }

    /** The body slot for the plan's main move. */
    static String bodySlot(ReplyPlan plan) {
        if (plan.deal().isPresent()) {
            return "ACCEPT";
        }
        if (plan.has(MoveType.WALK_AWAY)) {
            return "WALK_AWAY";
        }
        if (plan.cues().contains(ReplyCue.FAREWELL) || plan.offer().isEmpty()) {
            return "FAREWELL";
        }
        if (plan.has(MoveType.FIRST_OFFER)) {
            return "OPENING";
        }
        if (plan.has(MoveType.SILENCE)) {
            return "SILENCE";
        }
        if (plan.cues().contains(ReplyCue.LAST_CHANCE)) {
            return "LAST_CHANCE";
        }
        if (plan.has(MoveType.NIBBLE)) {
            return "NIBBLE";
        }
        if (plan.cues().contains(ReplyCue.TRADE) && !plan.includedItems().isEmpty()) {
            return "TRADE";
        }
        if (plan.cues().contains(ReplyCue.LOWBALL) && plan.userOffer().isPresent()) {
            return "LOWBALL";
        }
        if (plan.cues().contains(ReplyCue.FINAL_OFFER)) {
            return "FINAL";
        }
        if (plan.has(MoveType.CONCESSION)) {
            return "CONCEDE";
        }
        if (plan.has(MoveType.COUNTER_OFFER)) {
            return "HOLD";
        }
        return "INFO";
    }

    private static String openerKey(ReplyPlan plan, String body) {
        if (plan.cues().contains(ReplyCue.HOSTILITY_WARNING)) {
            return "HOSTILITY_WARNING";
        }
        if (plan.cues().contains(ReplyCue.THANKS)) {
            return "THANKS";
        }
        if (plan.cues().contains(ReplyCue.WELCOME)) {
            return "WELCOME";
        }
        if (plan.userOffer().isPresent() && !body.equals("ACCEPT")) {
            return "ACK";
        }
        return null;
    }

    /** A random fragment fitting the style and tone; with {@code widen}, other styles too when needed. */
    private Optional<Fragment> pick(String part, String key, Context ctx, RandomGenerator rnd, boolean widen) {
        List<Fragment> all = bank.fragments(part, key);
        List<Fragment> fitting = new ArrayList<>(all.size() * 2);
        for (Fragment f : all) {
            if (!ctx.canRender(f) || !ctx.toneAllowed(f.tone())) {
                continue;
            }
            if (f.styles().isEmpty() || f.styles().contains(ctx.persona.style())) {
                fitting.add(f);
                if (!f.tone().equals("neutral")) {
                    fitting.add(f); // the character's own tone is twice as likely
                }
            }
        }
        if (fitting.isEmpty() || widen && rnd.nextInt(4) == 0) {
            for (Fragment f : all) {
                if (ctx.canRender(f) && ctx.toneAllowed(f.tone()) && !fitting.contains(f)) {
                    fitting.add(f);
                }
            }
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fitting.get(rnd.nextInt(fitting.size())));
    }

    private static String key(List<Fragment> chosen) {
        StringBuilder sb = new StringBuilder(64);
        for (Fragment f : chosen) {
            if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append(f.id());
        }
        return sb.toString();
    }

    private static void render(Fragment f, Context ctx, StringBuilder out) {
        int start = out.length();
        for (Segment s : f.segments()) {
            if (s.literal() != null) {
                out.append(s.literal());
            } else {
                out.append(ctx.value(s.placeholder()));
            }
        }
        if (out.length() > start && Character.isLowerCase(out.charAt(start))) {
            out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        }
    }

    /** Values of the placeholders for one reply. */
    private static final class Context {
        private final ReplyPlan plan;
        private final PublicPersona persona;
        private final MoneyFormat money;
        private final MarketReference market;
        private final boolean warm;
        private final boolean anxious;
        private final boolean blunt;

        Context(ReplyPlan plan, PublicPersona persona) {
            this.plan = plan;
            this.persona = persona;
            this.money = new MoneyFormat(persona.currencyCode());
            this.market = marketReference(plan, persona);
            Personality p = persona.personality();
            this.warm = p.extraversion() >= 0.6 || p.agreeableness() >= 0.7;
            this.anxious = p.neuroticism() >= 0.6;
            this.blunt = p.agreeableness() <= 0.4;
        }

        /** The public reference most favourable to the counterpart, if it is close enough to its offer to help. */
        private static MarketReference marketReference(ReplyPlan plan, PublicPersona persona) {
            if (plan.offer().isEmpty()) {
                return null;
            }
            int sign = persona.direction().sign();
            MarketReference best = null;
            for (MarketReference m : persona.market()) {
                if (best == null || sign * m.amount().compareTo(best.amount()) > 0) {
                    best = m;
                }
            }
            if (best == null) {
                return null;
            }
            double offer = plan.offer().get().doubleValue();
            return sign * (best.amount().doubleValue() - offer) >= -0.05 * offer ? best : null;
        }

        boolean toneAllowed(String tone) {
            return switch (tone) {
                case "warm" -> warm;
                case "anxious" -> anxious;
                case "blunt" -> blunt;
                default -> true;
            };
        }

        boolean canRender(Fragment f) {
            for (Placeholder p : f.needs()) {
                boolean ok = switch (p) {
                    case OFFER -> plan.offer().isPresent();
                    case DEAL -> plan.deal().isPresent();
                    case USER_OFFER -> plan.userOffer().isPresent();
                    case ITEMS -> !plan.includedItems().isEmpty();
                    case MARKET, MARKET_LABEL -> market != null;
                    default -> true;
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        String value(Placeholder p) {
            return switch (p) {
                case NAME -> persona.name();
                case ITEM -> persona.itemName();
                case ISSUE -> persona.issueLabel();
                case OFFER -> money.format(plan.offer().orElseThrow());
                case DEAL -> money.format(plan.deal().orElseThrow());
                case USER_OFFER -> money.format(plan.userOffer().orElseThrow());
                case ITEMS -> items(plan.includedItems());
                case MARKET -> money.format(market.amount());
                case MARKET_LABEL -> market.label();
            };
        }

        List<BigDecimal> amountsWritten(List<Fragment> chosen) {
            List<BigDecimal> out = new ArrayList<>(3);
            for (Fragment f : chosen) {
                for (Placeholder p : f.needs()) {
                    BigDecimal a = switch (p) {
                        case OFFER -> plan.offer().orElseThrow();
                        case DEAL -> plan.deal().orElseThrow();
                        case USER_OFFER -> plan.userOffer().orElseThrow();
                        case MARKET -> market.amount();
                        default -> null;
                    };
                    if (a != null && !out.contains(a)) {
                        out.add(a);
                    }
                }
            }
            return out;
        }

        private static String items(List<String> labels) {
            if (labels.size() == 1) {
                return labels.get(0);
            }
            return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        }
    }
}

package io.negotiationmaster.engine.writing.internal;

import io.negotiationmaster.engine.strategy.CommunicationStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One pre-parsed template fragment: literal text and placeholders, ready to render without parsing.
 *
 * @param id       unique id in the bank
 * @param part     opener, tactic, body or closer
 * @param key      the cue, move or slot it serves
 * @param styles   the styles it suits (all when empty)
 * @param tone     neutral, warm, anxious or blunt
 * @param segments alternating literal and placeholder segments
 * @param needs    the placeholders it uses
 */
public record Fragment(String id, String part, String key, Set<CommunicationStyle> styles, String tone,
                       List<Segment> segments, Set<Placeholder> needs) {

    /** A literal piece of text or a placeholder. */
    public record Segment(String literal, Placeholder placeholder) {
    }

    /** The placeholders templates may use. */
    public enum Placeholder {
        NAME, ITEM, ISSUE, OFFER, DEAL, USER_OFFER, ITEMS, MARKET, MARKET_LABEL;

        static Placeholder of(String name) {
            return switch (name) {
                case "name" -> NAME;
                case "item" -> ITEM;
                case "issue" -> ISSUE;
                case "offer" -> OFFER;
                case "deal" -> DEAL;
                case "userOffer" -> USER_OFFER;
                case "items" -> ITEMS;
                case "market" -> MARKET;
                case "marketLabel" -> MARKET_LABEL;
                default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
            };
        }
    }

    /** Parses {@code text} with {@code {placeholder}} markers. */
    public static Fragment parse(String id, String part, String key, Set<CommunicationStyle> styles, String tone,
                                 String text) {
        List<Segment> segments = new java.util.ArrayList<>();
        Set<Placeholder> needs = EnumSet.noneOf(Placeholder.class);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                segments.add(new Segment(text.substring(i), null));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("template " + id + " has an unclosed placeholder");
            }
            if (open > i) {
                segments.add(new Segment(text.substring(i, open), null));
            }
            Placeholder p = Placeholder.of(text.substring(open + 1, close));
            needs.add(p);
            segments.add(new Segment(null, p));
            i = close + 1;
        }
        return new Fragment(id, part, key, styles.isEmpty() ? Set.of() : EnumSet.copyOf(styles), tone,
                List.copyOf(segments), needs);
    }
}

package io.negotiationmaster.engine.understanding.internal;

import io.negotiationmaster.negotiation.MoveType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the lexical moves of a message from {@link Lexicon#MOVE_PHRASES}: phrases are indexed by their first
 * word, so a message is matched in one pass over its tokens. A negator up to three words before a phrase
 * ("I don't accept", "no deal") cancels it, except for moves whose phrases carry their own polarity. Offer moves
 * (first offer, counter-offer, concession) are not decided here: they depend on the amounts. Immutable and
 * thread-safe.
 */
public final class MoveDetector {
    private final Map<String, List<Phrase>> byFirstWord;

    /** Compiles the lexicon. */
    public MoveDetector() {
        Map<String, List<Phrase>> index = new HashMap<>();
        Lexicon.MOVE_PHRASES.forEach((move, phrases) -> {
            for (String phrase : phrases) {
                String[] words = phrase.replace("'", "").split("[^\\p{L}\\p{N}*]+");
                if (words.length > 0 && !words[0].isEmpty()) {
                    index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(move, words));
                }
            }
        });
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
    }

    /** The lexical moves of the message with the given tokens and text. */
    public Set<MoveType> detect(String text, Tokens tokens) {
        Set<MoveType> moves = EnumSet.noneOf(MoveType.class);
        int n = tokens.size();
        boolean youInSentence = false;
        boolean interestInSentence = false;
        for (int i = 0; i < n; i++) {
            String w = tokens.word(i);
            if (w.equals(Tokens.SENTENCE_END)) {
                youInSentence = false;
                interestInSentence = false;
                continue;
            }
            List<Phrase> candidates = byFirstWord.get(w);
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    if (!moves.contains(phrase.move) && tokens.matches(i, phrase.words) && applies(tokens, i, phrase)) {
                        moves.add(phrase.move);
                    }
                }
            }
            if (Lexicon.ACCEPTANCE_WORDS.contains(w) && isOneWordAcceptance(tokens, i)) {
                moves.add(MoveType.ACCEPTANCE);
            }
            if (tokens.inQuestion(i)) {
                youInSentence |= Lexicon.YOU_WORDS.contains(w);
                interestInSentence |= Lexicon.INTEREST_WORDS.contains(w);
                if (youInSentence && interestInSentence) {
                    moves.add(MoveType.INTEREST_QUESTION);
                }
            }
        }
        if (text.contains("?!") || text.contains("!?")
                || tokens.word(0).equals("what") && tokens.word(1).equals(Tokens.SENTENCE_END)) {
            moves.add(MoveType.FLINCH);
        }
        return moves;
    }

    private static boolean applies(Tokens tokens, int at, Phrase phrase) {
        if (!Lexicon.NEGATION_INSENSITIVE.contains(phrase.move) && negated(tokens, at)) {
            return false;
        }
        if (phrase.move == MoveType.WALK_AWAY || phrase.move == MoveType.ACCEPTANCE) {
            for (int t = at - 1; t >= Math.max(0, at - 5); t--) {
                String w = tokens.word(t);
                if (w.equals(Tokens.SENTENCE_END)) {
                    break;
                }
                if (w.equals("or") || w.equals("if") || w.equals("unless") || w.equals("otherwise")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean negated(Tokens tokens, int at) {
        for (int t = at - 1; t >= Math.max(0, at - 3); t--) {
            String w = tokens.word(t);
            if (w.equals(Tokens.SENTENCE_END)) {
                return false;
            }
            if (Lexicon.NEGATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneWordAcceptance(Tokens tokens, int at) {
        String before = tokens.word(at - 1);
        String after = tokens.word(at + 1);
        boolean leads = before.equals(Tokens.SENTENCE_END) || Lexicon.DEAL_LEADS.contains(before);
        boolean closes = after.equals(Tokens.SENTENCE_END) || Lexicon.DEAL_LEADS.contains(after)
                || after.equals("then");
        return leads && closes && !negated(tokens, at);
    }

    private record Phrase(MoveType move, String[] words) {
    }
}

package io.negotiationmaster.engine.understanding.internal;

import io.negotiationmaster.negotiation.MoveType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word list the reader uses, in one place. Phrases are written as people type them; apostrophes are
 * dropped when they are compiled ("can't" matches "cant" and "can't"). Number words are not here: spelled-out
 * numbers are recognised and parsed by ICU (see {@link SpelledNumbers}); only the multiplier suffixes are.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Multipliers written after a number: "21k", "21 grand", "1.2 million", "twelve hundred". */
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("k", new BigDecimal(1_000)),
            Map.entry("grand", new BigDecimal(1_000)),
            Map.entry("thousand", new BigDecimal(1_000)),
            Map.entry("hundred", new BigDecimal(100)),
            Map.entry("m", new BigDecimal(1_000_000)),
            Map.entry("mm", new BigDecimal(1_000_000)),
            Map.entry("mil", new BigDecimal(1_000_000)),
            Map.entry("million", new BigDecimal(1_000_000)),
            Map.entry("bn", new BigDecimal(1_000_000_000)),
            Map.entry("billion", new BigDecimal(1_000_000_000)));

    /** Multipliers that are only ever said of money ("65k miles" is not). */
    private static final Set<String> CASH_MULTIPLIERS = Set.of("grand");

    /** Words naming money after a number: "three bucks", "1200 dollars". */
    private static final Set<String> MONEY_WORDS = Set.of("dollar", "dollars", "bucks", "buck", "usd", "eur",
            "euro", "euros", "gbp", "pound", "pounds", "quid", "cad", "aud", "chf", "francs", "yen", "cash");

    /**
     * Words after a number that make it a count or a measure, not money: "45,000 miles", "2 kids",
     * "3 years of experience".
     */
    static final Set<String> NON_MONEY_UNITS = Set.of("mile", "miles", "mi", "km", "kms", "kilometers",
            "kilometres", "mpg", "mph", "hp", "cc", "lbs", "lb", "kg", "kgs", "oz", "inch", "inches", "ft",
            "feet", "foot", "sq", "sqft", "meters", "metres", "m2", "gb", "tb", "mb", "ghz", "mhz", "mp", "year",
            "years", "yr", "yrs", "yo", "month", "months", "mo", "mos", "week", "weeks", "wk", "wks", "day",
            "days", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "sec",
            "kid", "kids", "child", "children", "people", "persons", "person", "guests", "owners", "owner",
            "times", "x", "st", "nd", "rd", "th", "pm", "am", "o'clock", "oclock", "bedroom", "bedrooms",
            "bed", "beds", "bath", "baths", "bathrooms", "bathroom", "br", "ba", "pieces", "piece", "pcs", "pc",
            "items", "item", "units", "unit", "seats", "seat", "doors", "door", "speed", "speeds", "cylinder",
            "cylinders", "v", "volts", "watts", "w", "stars", "star", "points", "pts", "degrees", "page", "pages",
            "photos", "pictures", "pics", "people's", "employees", "members", "dogs", "cats", "pets", "bags",
            "boxes", "pairs", "pair", "tires", "wheels", "packs", "pack", "bottles", "cans", "sets", "set",
            "books", "games", "movies", "slots", "cores", "ram", "ssd", "hdd", "gigs", "liters", "litres", "l",
            "gallons", "gal", "water", "food", "firewood", "packages", "shifts", "vacation", "pto");

    /** Words before a number that make a four-digit number a year: "in 2019", "since 2015", "a 2012". */
    static final Set<String> YEAR_CUES = Set.of("in", "since", "from", "until", "till", "year", "model", "a",
            "an", "the", "my", "this", "its", "of", "by", "bought", "built", "made", "circa", "around", "before",
            "after", "during");

    /** Words near a number that make it a figure cited rather than offered. */
    static final Set<String> REFERENCE_CUES = Set.of("market", "kbb", "msrp", "retail", "retails", "paid",
            "bought", "listed", "listing", "quoted", "quote", "dealer", "dealership", "dealers", "sold", "selling",
            "sells", "average", "online", "originally", "original", "appraised", "appraisal", "ebay", "amazon",
            "craigslist", "competitor", "competitors", "elsewhere", "glassdoor", "new", "valued", "estimate",
            "estimated", "invoice", "values", "comparable", "similar", "spent");

    /** Words that, right before a number, say it is what is not on offer: "700, not 900". */
    static final Set<String> CONTRAST_CUES = Set.of("not", "instead");

    /** Words that, right before a number, make an upward relative amount: "another 1,000", "add 500". */
    static final Set<String> UP_BEFORE = Set.of("add", "raise", "increase", "plus", "up");
    /** Words that, right after a number, make an upward relative amount: "500 more", "1k higher". */
    static final Set<String> UP_AFTER = Set.of("more", "higher", "above", "extra", "over");
    /** Relative words after a number that need an object ("500 below your asking"), else they state a cap. */
    static final Set<String> NEEDS_OBJECT = Set.of("below", "under", "above", "over");
    /** Words before a number that make the writer's own last offer move towards the other side: "another 1,000". */
    static final Set<String> CONCEDE_BEFORE = Set.of("another", "additional", "extra");
    /** Words shortly before a bare small number that make it an offer (used to read "21.5" as 21,500). */
    static final Set<String> OFFER_CUES = Set.of("do", "pay", "offer", "at", "for", "take", "give", "about",
            "accept", "go", "be", "around", "to", "is", "say", "sell", "how", "only", "just", "maybe",
            "than", "like", "meet", "settle", "could", "can", "would", "will", "it", "of");
    /** Sentence-level one-word acceptances ("Deal!", "Sold.", "Done.") and the words that may follow them. */
    static final Set<String> ACCEPTANCE_WORDS = Set.of("deal", "sold", "done");
    /** Words that, right before a number, make a downward relative amount: "knock off a thousand". */
    static final Set<String> DOWN_BEFORE = Set.of("knock", "minus", "reduce", "lower", "drop", "shave",
            "discount", "subtract", "deduct");
    /** Words that, right after a number, make a downward relative amount: "$500 less", "10% off". */
    static final Set<String> DOWN_AFTER = Set.of("less", "lower", "off", "cheaper", "below", "discount", "under");
    /** Words that follow "down"/"off"-style verbs before the number: "knock off 500", "come down by 500". */
    static final Set<String> RELATIVE_FILLERS = Set.of("off", "by", "it", "another", "an", "additional", "down",
            "up", "me", "the", "price");
    /** Words after "under"/"below"/"over"/"above" that make the amount relative to an offer rather than a cap. */
    static final Set<String> RELATIVE_OBJECTS = Set.of("that", "your", "yours", "the", "this", "what", "it",
            "asking", "list", "listing", "you");

    /** Phrases proposing the midpoint of the two standing offers. */
    static final List<String> MIDPOINT_PHRASES = List.of("meet halfway", "meet you halfway", "meet me halfway",
            "meet in the middle", "meet you in the middle", "meet me in the middle", "split the difference",
            "split it", "split the diff", "halfway", "half way", "middle ground", "go halfway");

    /** Words that negate the phrase following them within three words. */
    static final Set<String> NEGATORS = Set.of("not", "no", "never", "dont", "doesnt", "didnt", "cant", "cannot",
            "wont", "isnt", "arent", "wasnt", "wouldnt", "couldnt", "shouldnt", "hardly", "without", "nobody",
            "nothing", "neither", "nor", "aint");

    /** Moves whose phrases already carry their own polarity, so a negator before them changes nothing. */
    static final Set<MoveType> NEGATION_INSENSITIVE = Collections.unmodifiableSet(EnumSet.of(MoveType.REJECTION,
            MoveType.FLINCH, MoveType.INFORMATION, MoveType.JUSTIFICATION, MoveType.INTEREST_QUESTION,
            MoveType.GREETING, MoveType.THREAT_ULTIMATUM));

    /** Words that, with a question mark and "you", make a question about the other side's interests. */
    static final Set<String> INTEREST_WORDS = Set.of("need", "needs", "want", "wants", "looking", "prefer",
            "preference", "preferences", "important", "priority", "priorities", "like", "use", "using", "plan",
            "planning", "plans", "budget", "why", "interested", "concern", "concerns", "matter", "matters",
            "most", "care", "hoping", "goal", "goals", "situation", "timeline", "flexible", "value", "enjoy",
            "worried", "require", "requirements", "purpose", "mind", "thinking", "feel", "think");
    /** Words for "you" in interest questions. */
    static final Set<String> YOU_WORDS = Set.of("you", "your", "youre", "yours", "youd", "youll", "u", "ur");

    /** Words before a final "deal" that make it an acceptance: "ok deal", "then deal". */
    static final Set<String> DEAL_LEADS = Set.of("ok", "okay", "great", "fine", "alright", "then", "sure", "yes",
            "good", "perfect", "yeah", "yep", "awesome", "cool", "k");

    /** Move phrases, matched word by word at word boundaries. */
    static final Map<MoveType, List<String>> MOVE_PHRASES = movePhrases();

    private static Map<MoveType, List<String>> movePhrases() {
        Map<MoveType, List<String>> m = new EnumMap<>(MoveType.class);
        m.put(MoveType.GREETING, List.of("hi", "hello", "hey", "hiya", "howdy", "greetings", "good morning",
                "good afternoon", "good evening", "how are you", "how are you doing", "how's it going",
                "how is it going", "how's your day", "nice to meet you", "pleased to meet you", "hi there",
                "hello there", "what's up", "yo"));
        m.put(MoveType.RAPPORT, List.of("how are you", "how's it going", "nice to meet you", "i understand",
                "i totally understand", "i completely understand", "i hear you", "that makes sense",
                "makes sense", "sorry to hear", "i'm sorry", "i am sorry", "so sorry", "i'm glad", "glad to hear",
                "i hope you", "hope you", "sounds fun", "sounds like fun", "you too", "have a great",
                "have a good", "have a nice", "have fun", "that's great", "that is great", "i know how",
                "i can imagine", "i can see why", "i get it", "i see", "enjoy your", "excited", "i feel you", "same here", "me too", "i love that", "how nice", "how about you",
                "what about you", "you sound", "good for you", "wonderful", "lovely", "take care", "be safe",
                "stay safe", "no problem", "no worries", "happy to help", "i'd be happy", "i would be happy",
                "fair enough", "good luck", "congratulations", "congrats", "i appreciate your", "you're right",
                "you are right", "good point", "great point", "i agree with you", "understandable", "of course",
                "and you", "and yourself", "how about yourself", "you as well", "i hope your", "great speaking",
                "nice talking", "nice chatting", "nice speaking", "pleasure doing business", "a pleasure",
                "i'm fine", "i am fine", "doing well", "doing good", "doing great", "i'm good", "i am good",
                "have you been", "do you like", "i love camping", "sounds lovely", "have a wonderful"));
        m.put(MoveType.INTEREST_QUESTION, List.of("what do you need", "what are you looking for",
                "what's most important", "what is most important", "what matters most", "tell me about",
                "tell me more", "what brings you", "what are your priorities", "what's your priority",
                "what is your priority", "what would you like", "what do you want", "which do you need",
                "what are you planning", "what will you use", "how will you use", "why do you need",
                "what do you prefer", "which would you prefer", "what items", "what's your budget",
                "what is your budget", "what works for you", "what would work for you", "help me understand",
                "what are you thinking", "what's your situation", "what's important to you"));
        m.put(MoveType.INFORMATION, List.of("i need", "we need", "i really need", "i'll need", "i have", "we have",
                "i've got", "i don't have", "we don't have", "i'm looking", "i am looking", "i want", "we want",
                "my family", "my wife", "my husband", "my kids", "my son", "my daughter", "my children",
                "my friends", "my group", "i plan", "i'm planning", "i am planning", "we're planning", "i like",
                "i love", "i prefer", "we prefer", "i'm going", "we're going", "we are going", "i am going",
                "i don't need", "we don't need", "i'm a", "i am a", "i work", "i'm on", "i only", "we only",
                "my priority", "my main", "most important to me", "important to me", "i'm allergic",
                "i get cold", "i'm diabetic", "i'm bringing", "we're bringing", "we will", "i will be",
                "we'll be", "i'll be", "i'm camping", "we're camping", "i'm hoping", "i am hoping", "i tend to",
                "i usually", "my budget", "i'm a student", "i'm moving", "i'm trying", "i am trying"));
        m.put(MoveType.JUSTIFICATION, List.of("because", "since", "due to", "the reason", "that's why",
                "given that", "considering", "as it", "as i", "as we", "so that", "in order to", "otherwise",
                "needs work", "needs repair", "high mileage", "scratches", "scratch", "damage", "damaged", "dent",
                "worn", "older", "it's old", "is old", "wear and tear", "my budget", "can only afford", "all i can afford",
                "i only have", "it's worth", "is worth", "in great condition", "in good condition",
                "like new", "barely used", "never used", "brand new", "excellent condition", "cause", "'cause",
                "cuz", "coz", "it's hard", "we'll be", "we have a", "i have a", "to survive", "dehydrated",
                "for the kids", "for my"));
        m.put(MoveType.ACCEPTANCE, List.of("it's a deal", "its a deal", "you've got a deal", "you have a deal",
                "we have a deal", "you got a deal", "got a deal", "we've got a deal", "i'll take it",
                "i will take it", "i'll take that", "i accept", "i'll accept", "i will accept", "accepted",
                "agreed", "i agree", "sounds good", "sounds great", "sounds fair", "let's do it", "lets do it",
                "let's do that", "works for me", "that works", "that will work", "that'll work", "ok deal",
                "okay deal", "that's fine", "fine with me", "i can do that", "we can do that",
                "you got it", "you've got it", "it's a deal then", "deal done", "done deal", "i'm in",
                "count me in", "let's go with that", "i'm happy with that", "i am happy with that",
                "i'm fine with that", "that's perfect", "that's acceptable", "that is acceptable", "i'll go with that",
                "we have an agreement", "shake on it", "sure thing", "that's doable", "that is doable"));
        m.put(MoveType.REJECTION, List.of("no way", "too high", "too low", "too much", "can't do that",
                "cannot do that", "can't do", "cannot do", "can't go", "cannot go", "not interested", "i'll pass",
                "no thanks", "no thank you", "that won't work", "won't work", "doesn't work", "does not work",
                "not going to happen", "not gonna happen", "no deal", "i can't accept", "i cannot accept",
                "i refuse", "decline", "i decline", "not enough", "not acceptable", "unacceptable",
                "i don't think so", "i'm afraid not", "i can't agree", "i don't agree", "i disagree",
                "that's not fair", "that is not fair", "not fair", "not possible", "impossible", "i'd rather not",
                "i would rather not", "no can do", "nope", "not for that", "can't afford", "cannot afford",
                "out of my budget", "over my budget", "above my budget", "i reject", "reject"));
        m.put(MoveType.BATNA_REFERENCE, List.of("another dealer", "other dealer", "other dealers",
                "another dealership", "another offer", "other offer", "other offers", "another buyer",
                "other buyers", "another seller", "other sellers", "somewhere else", "elsewhere", "i can walk",
                "i could walk", "other options", "another option", "other listings", "another listing",
                "other candidates", "another job", "job offer", "competing offer", "another company",
                "other companies", "find another", "buy another", "buy elsewhere", "go elsewhere",
                "someone else", "other people interested", "other interested", "plenty of others",
                "i have alternatives", "my alternative", "another one for", "other apartments",
                "another apartment", "other places", "i found one", "found another"));
        m.put(MoveType.OBJECTIVE_STANDARD, List.of("market price", "market value", "market rate",
                "fair market", "kbb", "kelley blue book", "kelly blue book", "blue book", "edmunds",
                "online average", "average price", "on average", "industry rate", "industry standard",
                "industry average", "going rate", "comparable", "comparables", "similar ones", "similar listings",
                "similar items", "similar models", "appraisal", "appraised", "invoice price", "retail value",
                "retail price", "msrp", "fair price", "fair deal", "fair", "fairly", "fairness", "equal", "equally",
                "even split", "evenly", "glassdoor", "salary survey", "benchmark", "what others pay",
                "selling for", "sells for", "sold for", "going for", "go for", "new ones", "brand new ones",
                "priced at", "the average", "research", "i checked online", "i looked online", "according to",
                "reasonable", "standard rate", "typical price"));
        m.put(MoveType.THREAT_ULTIMATUM, List.of("take it or leave it", "final offer", "last offer",
                "best and final", "my final", "or i'm leaving", "or i leave", "or i walk", "or i'll walk",
                "or i'm walking", "or i will walk", "or else", "you'll regret", "you will regret", "i'll report",
                "bad review", "or i'll go", "or i go", "non-negotiable", "not negotiable", "last chance",
                "final answer", "final price", "or we're done", "or no deal", "or i'll find", "or i will find",
                "or i'll buy", "or i'm out", "or i am out", "now or never", "i'll sue", "lawyer"));
        m.put(MoveType.HOSTILITY, List.of("ripoff", "rip off", "rip-off", "ripping me off", "scam", "scammer",
                "scamming", "liar", "you're lying", "you are lying", "idiot", "idiots", "stupid", "moron",
                "dumb", "crook", "thief", "shut up", "damn", "dammit", "crap", "crappy", "fuck", "fucking",
                "fck", "f*ck", "wtf", "shit", "bullshit", "bs", "pathetic", "clown", "screw you", "cheat",
                "cheater", "cheating", "greedy", "insulting", "insult", "joke", "are you crazy", "you're crazy",
                "you're insane", "loser", "jerk", "ass", "asshole", "bastard", "piss off", "get lost",
                "waste of my time", "wasting my time", "highway robbery", "robbery", "con artist", "shameless",
                "disgusting", "you people", "lowball",
                "lowballing", "low ball", "low-ball"));
        m.put(MoveType.APPRECIATION, List.of("thanks", "thank you", "thank u", "thx", "ty", "appreciate",
                "appreciated", "i appreciate", "grateful", "that's kind", "very kind", "so kind", "kind of you",
                "generous", "thankful", "cheers", "much appreciated", "you're the best", "you are the best",
                "thanks a lot", "many thanks"));
        m.put(MoveType.WALK_AWAY, List.of("i'm out", "im out", "i'm leaving", "i am leaving", "forget it",
                "i'm done", "i am done", "we're done", "we are done", "walk away", "i'm walking", "i am walking",
                "walking away", "never mind", "nevermind", "not worth my time", "no deal then", "i'll pass",
                "i give up", "goodbye", "good bye", "bye", "i'm going to leave", "i'll leave", "i will leave",
                "i'll look elsewhere", "i'll go elsewhere", "let's end this", "end this", "i'm going elsewhere",
                "i quit", "quit"));
        m.put(MoveType.FLINCH, List.of("are you kidding", "are you serious", "you must be joking",
                "you've got to be kidding", "you have got to be kidding", "you're joking", "you must be kidding",
                "way too much", "way too high", "way too low", "way too expensive", "that's crazy",
                "that is crazy", "that's insane", "that is insane", "wow", "whoa", "woah", "yikes", "outrageous",
                "ridiculous", "too expensive", "that's a lot", "that is a lot", "that's steep", "steep",
                "seriously", "no way", "oh my", "omg", "absurd", "what the", "jeez", "geez", "ouch",
                "that's too much", "that is too much", "you can't be serious", "highway robbery"));
        m.put(MoveType.NIBBLE, List.of("throw in", "throw in the", "toss in", "add in", "for free",
                "free of charge", "at no extra cost", "at no cost", "no extra charge", "include the",
                "also include", "can you add", "could you add", "can you include", "could you include",
                "would you include", "thrown in", "on top of that", "as a bonus", "for nothing",
                "free delivery", "free shipping", "deliver it for free", "free floor mats", "also get"));
        m.put(MoveType.PACKAGE_TRADE, List.of("in exchange", "in return", "if you can", "if you could",
                "if you would", "if you'll", "if you give", "if you throw", "if you add", "if you include",
                "if you do", "if you let", "if you take", "if you agree", "if you accept", "if you lower",
                "if you drop", "if you cover", "if you pay", "if you're willing", "if you are willing",
                "package", "bundle", "trade", "trade-off", "tradeoff", "swap", "i'll give you", "i will give you",
                "you can have", "you take", "you get", "you can take", "i'll take the", "i get", "i take",
                "how about i", "how about you", "what if", "we could", "let's say", "i'll let you have",
                "combination", "and i'll", "then i'll", "then i can", "then we", "i could give",
                "i can give", "give you", "you give me", "you keep", "i keep"));
        return Collections.unmodifiableMap(m);
    }

    /** The multiplier a suffix word stands for, or null. */
    static BigDecimal multiplier(String word) {
        return MULTIPLIERS.get(word);
    }

    /** Whether the multiplier word is only ever said of money ("grand"; "k" is not: "65k miles"). */
    static boolean isCashMultiplier(String word) {
        return CASH_MULTIPLIERS.contains(word);
    }

    /** Whether the word names money ("bucks", "dollars", "usd"). */
    static boolean isMoneyWord(String word) {
        return MONEY_WORDS.contains(word);
    }

    /** Whether the character is a currency sign. */
    static boolean isCurrencySign(char c) {
        return c == '$' || c == '\u20ac' || c == '\u00a3' || c == '\u00a5' || c == '\u20b9' || c == '\u20a9';
    }
}

package io.negotiationmaster.examples.report;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.AvailableTrade;
import io.negotiationmaster.performance.Debrief;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.Milestone;
import io.negotiationmaster.performance.ObjectiveResult;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.ProgressView;
import io.negotiationmaster.performance.ScenarioRecommendation;
import io.negotiationmaster.performance.SkillProgress;
import io.negotiationmaster.performance.Suggestion;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values the template shows, all text already worded and all numbers already formatted; optional parts are
 * lists of zero or one element so the template can use plain sections.
 */
record ReportView(String pageTitle, String scenarioTitle, int difficulty, String counterpartName,
                  String counterpartRole, String userRole, String userName, String date, String outcomeClass,
                  String outcomeHeadline, String outcomeDetail, List<String> dealTerms, String overallScore,
                  String overallRating, String overallSummary, String style, String assertiveness,
                  String cooperativeness, List<DimensionView> dimensions, DanceChart dance, ScoreChart scores,
                  ProgressChart progress, List<SkillView> skills, List<String> progressFacts,
                  List<RecommendationView> recommendation, List<MilestoneView> milestones,
                  List<SuggestionView> suggestions, List<ObjectiveView> objectives, String objectivesMet,
                  DebriefView debrief, List<MessageView> transcript, List<WhatIfView> whatIfs,
                  boolean hasWhatIfs) {
    /** How many suggestions the report shows. */
    static final int SUGGESTIONS_SHOWN = 3;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    static ReportView of(ReportData data) {
        PerformanceReport r = data.report();
        Negotiation n = data.negotiation();
        Money money = new Money(data.chart().currency());
        String counterpart = data.scenario().counterpart().name();
        int lastTurn = data.transcript().stream().mapToInt(Message::seq).max().orElse(0);
        List<DimensionView> dimensions = List.of(
                dimension(Dimension.CLAIMING_VALUE, "Claiming value", r.claimingValue()),
                dimension(Dimension.CREATING_VALUE, "Creating value", r.creatingValue()),
                dimension(Dimension.MANAGING_RELATIONSHIPS, "Managing relationships", r.managingRelationships()));
        long met = r.objectives().stream().filter(ObjectiveResult::met).count();
        return new ReportView(
                "Negotiation report — " + data.scenario().title(),
                data.scenario().title(),
                data.scenario().difficulty(),
                counterpart,
                data.scenario().counterpart().role(),
                data.scenario().context().yourRole(),
                data.userName(),
                DATE.format(n.completedAt().orElse(n.startedAt())),
                n.dealReached() ? "deal" : "no-deal",
                n.dealReached()
                        ? "Deal at " + n.dealTerms().map(o -> money.format(o.amount())).orElse("agreed terms")
                        : "No deal",
                outcome(n, counterpart),
                n.dealTerms().map(o -> terms(o, r.debrief())).orElse(List.of()),
                ScoreChart.score(r.overall().score()),
                r.overall().rating().code(),
                r.overall().summary(),
                words(r.style().style().code()),
                percent(r.style().assertiveness()),
                percent(r.style().cooperativeness()),
                dimensions,
                DanceChart.of(data.chart(), lastTurn, counterpart, money,
                        data.whatIfs().stream().map(WhatIfData::path).toList()),
                ScoreChart.of(r),
                ProgressChart.of(data.progress().history(), n.id(), data.scenarioTitles()),
                skills(data.progress().skills()),
                progressFacts(data.progress()),
                data.progress().recommendation().map(rec -> recommendation(rec, data.scenarioTitles())).stream()
                        .toList(),
                r.milestones().stream().map(m -> milestone(m, counterpart)).toList(),
                suggestions(r.suggestions()),
                r.objectives().stream().map(o -> new ObjectiveView(o.objective(), o.met(), o.evidence(),
                        links(o.turns()))).toList(),
                met + " of " + r.objectives().size(),
                debrief(r.debrief(), money),
                transcript(data.transcript(), r.milestones(), counterpart, money),
                whatIfs(data.whatIfs()),
                !data.whatIfs().isEmpty());
    }

    /** A dimension's score card. */
    record DimensionView(String name, String code, String score, String rating, String analysis) {
    }

    /** A skill on the progress panel. */
    record SkillView(String name, String current, String trend, String level, String best, int sessions) {
    }

    /** The recommended next scenario. */
    record RecommendationView(String title, String slug, int difficulty, String trains, String reason) {
    }

    /** A milestone with the turn it links to. */
    record MilestoneView(int turn, String type, String who, String description, String impact) {
    }

    /** A suggestion with the turns it cites. */
    record SuggestionView(int number, String text, String priority, String dimension, String theory, String source,
                          List<TurnLink> turns) {
        boolean hasTurns() {
            return !turns.isEmpty();
        }
    }

    /** A learning objective, met or not. */
    record ObjectiveView(String objective, boolean met, String evidence, List<TurnLink> turns) {
    }

    /** A link to a transcript turn. */
    record TurnLink(int turn) {
    }

    /** The debrief's figures. */
    record DebriefView(String opening, String reservation, String userLimit, String zone, String share,
                       List<TradeView> trades) {
    }

    /** A secondary option that was available. */
    record TradeView(String issue, String option, String value, String cost, boolean obtained) {
    }

    /** A transcript message with its anchor. */
    /** One what-if as the report prints it: its description and the lines that replay it. */
    record WhatIfView(int number, String headline, List<String> details, List<String> script, String replay) {
    }

    private static List<WhatIfView> whatIfs(List<WhatIfData> whatIfs) {
        List<WhatIfView> views = new java.util.ArrayList<>();
        for (int i = 0; i < whatIfs.size(); i++) {
            var w = whatIfs.get(i).whatIf();
            List<String> lines = w.describe().lines().toList();
            views.add(new WhatIfView(i + 1, lines.get(0),
                    lines.subList(1, lines.size()).stream().map(String::strip)
                            .filter(l -> !l.startsWith("replay:")).toList(),
                    w.script(), "demo --scenario " + w.scenarioSlug() + " --seed " + w.seed()
                            + " --script what-if-" + (i + 1) + ".txt"));
        }
        return List.copyOf(views);
    }

    record MessageView(int turn, String senderClass, String sender, String content, List<String> offer,
                       List<String> moves, List<String> moments) {
    }

    private static DimensionView dimension(Dimension d, String name, DimensionScore s) {
        return new DimensionView(name, d.code(), ScoreChart.score(s), s.rating().code(), s.analysis());
    }

    private static String outcome(Negotiation n, String counterpart) {
        String code = n.outcome().map(o -> o.code()).orElse(n.status().code());
        return switch (code) {
            case "deal" -> "Both sides agreed.";
            case "user_walked_away" -> "You walked away.";
            case "counterpart_walked_away" -> counterpart + " walked away.";
            case "abandoned" -> "The negotiation was abandoned.";
            case "ended_without_deal" -> "The negotiation ended without a deal.";
            default -> "Status: " + words(code) + ".";
        };
    }

    private static List<String> terms(Offer offer, Debrief debrief) {
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, String> term : offer.terms().entrySet()) {
            Optional<AvailableTrade> known = debrief.trades().stream()
                    .filter(t -> t.issueKey().equals(term.getKey()) && t.optionKey().equals(term.getValue()))
                    .findFirst();
            labels.add(known.map(t -> t.issueLabel() + ": " + t.optionLabel())
                    .orElse(capitalized(words(term.getKey())) + ": " + words(term.getValue())));
        }
        return List.copyOf(labels);
    }

    private static List<SkillView> skills(Optional<ProgressSummary> summary) {
        if (summary.isEmpty()) {
            return List.of();
        }
        List<SkillView> views = new ArrayList<>();
        for (SkillProgress s : summary.get().skills()) {
            views.add(new SkillView(capitalized(words(s.dimension().code())), ScoreChart.score(s.current()),
                    s.trend().code(), s.level().code(), ScoreChart.score(s.best()), s.sessions()));
        }
        return List.copyOf(views);
    }

    private static List<String> progressFacts(ProgressView p) {
        List<String> facts = new ArrayList<>();
        var u = p.progress();
        facts.add(u.totalNegotiations() + (u.totalNegotiations() == 1 ? " session" : " sessions") + ", "
                + u.successfulDeals() + (u.successfulDeals() == 1 ? " deal" : " deals"));
        facts.add("average overall " + ScoreChart.score(u.avgOverall()));
        p.skills().ifPresent(s -> {
            facts.add("strongest: " + words(s.strongest().code()));
            facts.add("to work on: " + words(s.weakest().code()));
        });
        return List.copyOf(facts);
    }

    private static RecommendationView recommendation(ScenarioRecommendation r, Map<java.util.UUID, String> titles) {
        return new RecommendationView(titles.getOrDefault(r.scenario().id(), r.scenario().slug()), r.scenario().slug(),
                r.scenario().difficulty(), words(r.scenario().trains().code()), r.reason());
    }

    private static MilestoneView milestone(Milestone m, String counterpart) {
        String impact = m.impact() > 0.05 ? "positive" : m.impact() < -0.05 ? "negative" : "neutral";
        return new MilestoneView(m.turnIndex(), capitalized(words(m.type().code())),
                m.party() == Party.USER ? "You" : counterpart, m.description(), impact);
    }

    private static List<SuggestionView> suggestions(List<Suggestion> all) {
        List<SuggestionView> views = new ArrayList<>();
        for (Suggestion s : all.stream().limit(SUGGESTIONS_SHOWN).toList()) {
            views.add(new SuggestionView(views.size() + 1, s.text(), s.priority().code(),
                    words(s.dimension().code()), s.reference().name(), s.reference().source(), links(s.turns())));
        }
        return List.copyOf(views);
    }

    private static List<TurnLink> links(List<Integer> turns) {
        return turns.stream().map(TurnLink::new).toList();
    }

    private static DebriefView debrief(Debrief d, Money money) {
        return new DebriefView(money.format(d.counterpartOpening()), money.format(d.counterpartReservation()),
                money.format(d.userLimit()),
                d.zone().map(z -> money.format(z.low()) + " – " + money.format(z.high()))
                        .orElse("none: the two limits do not overlap"),
                d.dealShareOfZone().isPresent()
                        ? percent(d.dealShareOfZone().getAsDouble()) + " of the zone was yours"
                        : "no deal inside the zone",
                highlights(d.trades()).stream().map(t -> new TradeView(t.issueLabel(), t.optionLabel(),
                        money.format(t.valueToUser()), money.format(t.costToCounterpart()), t.obtained())).toList());
    }

    /** Per secondary issue: the option worth most to the user, and the one obtained when it differs. */
    private static List<AvailableTrade> highlights(List<AvailableTrade> trades) {
        Map<String, List<AvailableTrade>> byIssue = new java.util.LinkedHashMap<>();
        trades.forEach(t -> byIssue.computeIfAbsent(t.issueKey(), k -> new ArrayList<>()).add(t));
        List<AvailableTrade> shown = new ArrayList<>();
        for (List<AvailableTrade> options : byIssue.values()) {
            AvailableTrade best = options.stream().max(java.util.Comparator.comparing(AvailableTrade::valueToUser))
                    .orElseThrow();
            options.stream().filter(t -> t == best || t.obtained()).forEach(shown::add);
        }
        return List.copyOf(shown);
    }

    private static List<MessageView> transcript(List<Message> messages, List<Milestone> milestones,
                                                String counterpart, Money money) {
        List<MessageView> views = new ArrayList<>();
        for (Message m : messages) {
            boolean user = m.sender() == Party.USER;
            List<String> moments = milestones.stream().filter(x -> x.turnIndex() == m.seq())
                    .map(x -> capitalized(words(x.type().code()))).distinct().toList();
            views.add(new MessageView(m.seq(), user ? "user" : "ai", user ? "You" : counterpart, m.content(),
                    m.offer().map(o -> "Offer " + money.format(o.amount())).stream().toList(),
                    m.moves().stream().map(MoveType::code).map(ReportView::words).toList(), moments));
        }
        return List.copyOf(views);
    }

    private static String percent(double unit) {
        return Math.round(unit * 100) + "%";
    }

    static String words(String code) {
        return code.replace('_', ' ');
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package io.negotiationmaster.scenario.internal;

import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.BehaviorParameters;
import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.CharacterDraft;
import io.negotiationmaster.scenario.Direction;
import io.negotiationmaster.scenario.EvaluationCriteria;
import io.negotiationmaster.scenario.IssueOption;
import io.negotiationmaster.scenario.IssueRange;
import io.negotiationmaster.scenario.IssueUnit;
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.MainIssue;
import io.negotiationmaster.scenario.PersonalityProfile;
import io.negotiationmaster.scenario.RatingBands;
import io.negotiationmaster.scenario.ScenarioContext;
import io.negotiationmaster.scenario.ScenarioDraft;
import io.negotiationmaster.scenario.ScenarioVariables;
import io.negotiationmaster.scenario.ScoringWeights;
import io.negotiationmaster.scenario.SecondaryIssue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The catalog's validation rules. Each failure is a {@link ValidationException} whose field is the JSON path of the
 * offending value and whose message starts with it, e.g. {@code "personality_profile.openness must be in 0-1, was
 * 1.4"}. The first broken rule wins.
 */
public final class CatalogRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> PRESSURES = Set.of("low", "medium", "high");
    private static final Set<String> PERIODS = Set.of("total", "year", "month", "hour", "day", "unit");
    private static final String TACTIC_CODES = Arrays.stream(MoveType.values()).filter(MoveType::isTactic)
            .map(MoveType::code).collect(Collectors.joining(", "));

    private CatalogRules() {
    }

    /** Checks a slug: 3–80 characters of lower-case letters and digits in hyphen-separated words. */
    public static void checkSlug(String slug) {
        if (slug == null) {
            throw fail("slug", "slug is missing");
        }
        if (slug.length() < 3 || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            throw fail("slug", "slug must be 3-80 lower-case letters, digits and single hyphens"
                    + " (e.g. used-car-honda-accord), was \"" + slug + "\"");
        }
    }

    /** Checks every rule of a character. */
    public static void checkCharacter(CharacterDraft c) {
        checkSlug(c.slug());
        text("name", c.name(), 200);
        text("description", c.description(), 20_000);
        if (c.role() == null) {
            throw fail("role", "role must be one of buyer, seller, mediator, was missing");
        }
        PersonalityProfile p = present("personality_profile", c.personality());
        ratio("personality_profile.openness", p.openness());
        ratio("personality_profile.conscientiousness", p.conscientiousness());
        ratio("personality_profile.extraversion", p.extraversion());
        ratio("personality_profile.agreeableness", p.agreeableness());
        ratio("personality_profile.neuroticism", p.neuroticism());
        BehaviorParameters b = present("behavior_parameters", c.behavior());
        ratio("behavior_parameters.flexibility", b.flexibility());
        ratio("behavior_parameters.patience", b.patience());
        ratio("behavior_parameters.reciprocity", b.reciprocity());
        ratio("behavior_parameters.rapport_sensitivity", b.rapportSensitivity());
        ratio("behavior_parameters.hostility_tolerance", b.hostilityTolerance());
        if (b.expectedRounds() < 2 || b.expectedRounds() > 100) {
            throw fail("behavior_parameters.expected_rounds",
                    "behavior_parameters.expected_rounds must be 2-100, was " + b.expectedRounds());
        }
        present("interests_template", c.interests());
        if (c.interests().primaryInterests().isEmpty()) {
            throw fail("interests_template.primary_interests",
                    "interests_template.primary_interests must name at least one interest");
        }
        texts("interests_template.primary_interests", c.interests().primaryInterests());
        texts("interests_template.secondary_interests", c.interests().secondaryInterests());
        texts("interests_template.hidden_interests", c.interests().hiddenInterests());
        texts("interests_template.deal_breakers", c.interests().dealBreakers());
        if (c.batnaMin().isPresent() != c.batnaMax().isPresent()) {
            throw fail(c.batnaMin().isPresent() ? "batna_range_max" : "batna_range_min",
                    "batna_range_min and batna_range_max must both be set or both be absent");
        }
        if (c.batnaMin().isPresent()) {
            nonNegative("batna_range_min", c.batnaMin().get());
            nonNegative("batna_range_max", c.batnaMax().get());
            if (c.batnaMin().get().compareTo(c.batnaMax().get()) > 0) {
                throw fail("batna_range_min", "batna_range_min must be at most batna_range_max, was "
                        + plain(c.batnaMin().get()) + " > " + plain(c.batnaMax().get()));
            }
        }
        text("communication_style", c.communicationStyle(), 20_000);
        present("negotiation_tactics", c.tactics());
        List<String> codes = c.tactics().codes();
        for (int i = 0; i < codes.size(); i++) {
            String field = "negotiation_tactics[" + i + "]";
            String code = codes.get(i);
            boolean tactic = Arrays.stream(MoveType.values()).anyMatch(m -> m.isTactic() && m.code().equals(code));
            if (!tactic) {
                throw fail(field, field + " must be one of " + TACTIC_CODES + ", was \"" + code + "\"");
            }
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw fail("negotiation_tactics", "negotiation_tactics must not repeat a tactic");
        }
        c.confidentialInstructions().ifPresent(s -> text("confidential_instructions", s, 20_000));
    }

    /** Checks every rule of a scenario that does not need its character. */
    public static void checkScenario(ScenarioDraft s) {
        checkSlug(s.slug());
        text("title", s.title(), 200);
        text("description", s.description(), 20_000);
        if (s.difficulty() < 1 || s.difficulty() > 7) {
            throw fail("difficulty_level", "difficulty_level must be 1-7, was " + s.difficulty());
        }
        present("ai_character_id", s.characterId());
        checkConfig(present("ai_character_config", s.characterConfig()));
        checkContext(present("scenario_context", s.context()));
        checkCriteria(present("evaluation_criteria", s.evaluationCriteria()));
        checkVariables(present("scenario_variables", s.variables()));
        s.systemPrompt().ifPresent(p -> text("system_prompt", p, 20_000));
        s.initialMessage().ifPresent(m -> text("initial_message", m, 20_000));
    }

    /**
     * Checks a scenario against the character that plays it: the opening lies outside the BATNA range on the
     * counterpart's side, and the confidential limit and {@code min_acceptable} do not cut into the range.
     */
    public static void checkScenario(ScenarioDraft s, AiCharacter character) {
        checkScenario(s);
        if (character.batnaMin().isEmpty()) {
            return;
        }
        BigDecimal low = character.batnaMin().get();
        BigDecimal high = character.batnaMax().orElseThrow();
        MainIssue main = s.variables().issues().main();
        String p = "scenario_variables.issues.main.";
        if (main.counterpartWants() == Direction.HIGH) {
            if (main.opening().compareTo(high) <= 0) {
                throw fail(p + "opening", p + "opening must be above the character's batna_range_max "
                        + plain(high) + " (the counterpart wants it high), was " + plain(main.opening()));
            }
            BigDecimal min = s.variables().minAcceptable();
            if (min != null && min.compareTo(low) > 0) {
                throw fail("scenario_variables.min_acceptable", "scenario_variables.min_acceptable must be at most"
                        + " the character's batna_range_min " + plain(low) + ", was " + plain(min));
            }
            if (main.counterpartLimit() != null && main.counterpartLimit().compareTo(low) > 0) {
                throw fail(p + "counterpart_limit", p + "counterpart_limit must be at most the character's"
                        + " batna_range_min " + plain(low) + ", was " + plain(main.counterpartLimit()));
            }
        } else {
            if (main.opening().compareTo(low) >= 0) {
                throw fail(p + "opening", p + "opening must be below the character's batna_range_min "
                        + plain(low) + " (the counterpart wants it low), was " + plain(main.opening()));
            }
            if (main.counterpartLimit() != null && main.counterpartLimit().compareTo(high) < 0) {
                throw fail(p + "counterpart_limit", p + "counterpart_limit must be at least the character's"
                        + " batna_range_max " + plain(high) + ", was " + plain(main.counterpartLimit()));
            }
        }
    }

    private static void checkConfig(CharacterConfig c) {
        text("ai_character_config.name", c.name(), 200);
        text("ai_character_config.role", c.role(), 200);
        ratio("ai_character_config.flexibility", c.flexibility());
        ratio("ai_character_config.patience", c.patience());
    }

    private static void checkContext(ScenarioContext c) {
        text("scenario_context.situation", c.situation(), 20_000);
        text("scenario_context.your_role", c.yourRole(), 20_000);
        text("scenario_context.stakes", c.stakes(), 20_000);
        if (c.background() != null) {
            text("scenario_context.background", c.background(), 20_000);
        }
        texts("scenario_context.constraints", c.constraints());
        if (c.learningObjectives().isEmpty()) {
            throw fail("scenario_context.learning_objectives",
                    "scenario_context.learning_objectives must name at least one objective");
        }
        texts("scenario_context.learning_objectives", c.learningObjectives());
    }

    private static void checkCriteria(EvaluationCriteria e) {
        bands("evaluation_criteria.claiming_value", e.claimingValue());
        bands("evaluation_criteria.creating_value", e.creatingValue());
        bands("evaluation_criteria.managing_relationships", e.managingRelationships());
    }

    private static void bands(String path, RatingBands b) {
        present(path, b);
        text(path + ".excellent", b.excellent(), 2_000);
        text(path + ".good", b.good(), 2_000);
        text(path + ".average", b.average(), 2_000);
        text(path + ".poor", b.poor(), 2_000);
    }

    private static void checkVariables(ScenarioVariables v) {
        String p = "scenario_variables.";
        optionalNonNegative(p + "asking_price", v.askingPrice());
        optionalNonNegative(p + "dealer_cost", v.dealerCost());
        optionalNonNegative(p + "min_acceptable", v.minAcceptable());
        if (v.minAcceptable() != null && v.askingPrice() != null
                && v.minAcceptable().compareTo(v.askingPrice()) >= 0) {
            throw fail(p + "min_acceptable", p + "min_acceptable must be below asking_price, was "
                    + plain(v.minAcceptable()) + " (asking_price " + plain(v.askingPrice()) + ")");
        }
        if (v.dealerCost() != null && v.minAcceptable() != null && v.dealerCost().compareTo(v.minAcceptable()) > 0) {
            throw fail(p + "dealer_cost", p + "dealer_cost must be at most min_acceptable, was "
                    + plain(v.dealerCost()));
        }
        if (v.targetMargin() != null) {
            ratio(p + "target_margin", v.targetMargin().doubleValue());
        }
        if (v.monthlyQuotaStatus() != null) {
            ratio(p + "monthly_quota_status", v.monthlyQuotaStatus().doubleValue());
        }
        if (v.inventoryPressure() != null && !PRESSURES.contains(v.inventoryPressure())) {
            throw fail(p + "inventory_pressure", p + "inventory_pressure must be one of low, medium, high, was \""
                    + v.inventoryPressure() + "\"");
        }
        List<BigDecimal> apr = v.financingAprRange();
        if (!apr.isEmpty()) {
            if (apr.size() != 2 || apr.get(0) == null || apr.get(1) == null || apr.get(0).compareTo(apr.get(1)) > 0
                    || apr.get(0).signum() < 0 || apr.get(1).compareTo(BigDecimal.valueOf(100)) > 0) {
                throw fail(p + "financing_apr_range",
                        p + "financing_apr_range must be [lowest, highest] percentages in 0-100, was " + apr);
            }
        }
        for (Map.Entry<String, BigDecimal> e : v.competitorPricing().entrySet()) {
            if (e.getValue() == null || e.getValue().signum() <= 0) {
                throw fail(p + "competitor_pricing." + e.getKey(),
                        p + "competitor_pricing." + e.getKey() + " must be a positive price, was " + e.getValue());
            }
        }
        checkIssues(present(p + "issues", v.issues()), v);
        if (v.scoringWeights() != null) {
            ScoringWeights w = v.scoringWeights();
            if (w.claimingValue() < 0 || w.creatingValue() < 0 || w.managingRelationships() < 0
                    || w.total() != 100) {
                throw fail(p + "scoring_weights", p + "scoring_weights must be non-negative and add up to 100, was "
                        + w.claimingValue() + "/" + w.creatingValue() + "/" + w.managingRelationships());
            }
        }
    }

    private static void checkIssues(Issues issues, ScenarioVariables v) {
        String p = "scenario_variables.issues.";
        if (issues.currency() == null || !isCurrency(issues.currency())) {
            throw fail(p + "currency", p + "currency must be an ISO 4217 code such as USD, was "
                    + (issues.currency() == null ? "missing" : "\"" + issues.currency() + "\""));
        }
        MainIssue main = present(p + "main", issues.main());
        String m = p + "main.";
        key(m + "key", main.key());
        text(m + "label", main.label(), 200);
        if (main.unit() != IssueUnit.MONEY && main.unit() != IssueUnit.PERCENT) {
            throw fail(m + "unit", m + "unit must be MONEY or PERCENT, was " + main.unit());
        }
        if (main.per() != null && !PERIODS.contains(main.per())) {
            throw fail(m + "per", m + "per must be one of " + String.join(", ", PERIODS.stream().sorted().toList())
                    + ", was \"" + main.per() + "\"");
        }
        present(m + "counterpart_wants", main.counterpartWants());
        present(m + "opening", main.opening());
        if (main.opening().signum() <= 0) {
            throw fail(m + "opening", m + "opening must be positive, was " + plain(main.opening()));
        }
        if (main.unit() == IssueUnit.PERCENT && main.opening().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw fail(m + "opening", m + "opening must be at most 100 for a PERCENT issue, was "
                    + plain(main.opening()));
        }
        if (v.askingPrice() != null && main.opening().compareTo(v.askingPrice()) != 0) {
            throw fail(m + "opening", m + "opening must equal scenario_variables.asking_price "
                    + plain(v.askingPrice()) + ", was " + plain(main.opening()));
        }
        Direction wants = main.counterpartWants();
        if (main.counterpartLimit() != null && !wants.prefers(main.opening(), main.counterpartLimit())) {
            throw fail(m + "counterpart_limit", m + "counterpart_limit must be "
                    + (wants == Direction.HIGH ? "below" : "above") + " opening for a counterpart who wants it "
                    + (wants == Direction.HIGH ? "high" : "low") + ", was " + plain(main.counterpartLimit()));
        }
        optionalNonNegative(m + "user_target", main.userTarget());
        optionalNonNegative(m + "user_walkaway", main.userWalkaway());
        if (main.userTarget() != null && main.userWalkaway() != null
                && wants.prefers(main.userTarget(), main.userWalkaway())) {
            throw fail(m + "user_target", m + "user_target must be at "
                    + (wants == Direction.HIGH ? "most" : "least") + " user_walkaway (the trainee wants it "
                    + (wants == Direction.HIGH ? "low" : "high") + "), was " + plain(main.userTarget()));
        }
        keywords(m + "keywords", main.keywords());
        Set<String> keys = new HashSet<>();
        keys.add(main.key());
        for (int i = 0; i < issues.secondary().size(); i++) {
            checkSecondary(p + "secondary[" + i + "]", issues.secondary().get(i), keys);
        }
    }

    private static void checkSecondary(String p, SecondaryIssue s, Set<String> keys) {
        present(p, s);
        key(p + ".key", s.key());
        if (!keys.add(s.key())) {
            throw fail(p + ".key", p + ".key must be unique among the issues, was \"" + s.key() + "\"");
        }
        text(p + ".label", s.label(), 200);
        IssueUnit unit = present(p + ".unit", s.unit());
        keywords(p + ".keywords", s.keywords());
        if (unit == IssueUnit.OPTION || unit == IssueUnit.BOOLEAN) {
            if (s.range() != null) {
                throw fail(p + ".range", p + ".range must be absent for an " + unit + " issue");
            }
            if (s.options().size() < 2) {
                throw fail(p + ".options", p + ".options must list at least two options");
            }
            Set<String> values = new HashSet<>();
            for (int j = 0; j < s.options().size(); j++) {
                String o = p + ".options[" + j + "]";
                IssueOption option = present(o, s.options().get(j));
                key(o + ".value", option.value());
                if (!values.add(option.value())) {
                    throw fail(o + ".value", o + ".value must be unique, was \"" + option.value() + "\"");
                }
                text(o + ".label", option.label(), 200);
                present(o + ".user_value", option.userValue());
                present(o + ".counterpart_cost", option.counterpartCost());
            }
            if (unit == IssueUnit.BOOLEAN && !values.equals(Set.of("yes", "no"))) {
                throw fail(p + ".options", p + ".options of a BOOLEAN issue must be \"yes\" and \"no\", was "
                        + values.stream().sorted().toList());
            }
            if (s.baselineOption() == null || !values.contains(s.baselineOption())) {
                throw fail(p + ".baseline_option", p + ".baseline_option must be one of the option values, was "
                        + (s.baselineOption() == null ? "missing" : "\"" + s.baselineOption() + "\""));
            }
        } else {
            if (!s.options().isEmpty()) {
                throw fail(p + ".options", p + ".options must be absent for a " + unit + " issue (use range)");
            }
            IssueRange r = present(p + ".range", s.range());
            String q = p + ".range.";
            present(q + "min", r.min());
            present(q + "max", r.max());
            present(q + "step", r.step());
            present(q + "baseline", r.baseline());
            present(q + "user_prefers", r.userPrefers());
            present(q + "user_value_per_unit", r.userValuePerUnit());
            present(q + "counterpart_cost_per_unit", r.counterpartCostPerUnit());
            if (r.min().compareTo(r.max()) >= 0) {
                throw fail(q + "min", q + "min must be below max, was " + plain(r.min()) + " >= " + plain(r.max()));
            }
            if (r.step().signum() <= 0) {
                throw fail(q + "step", q + "step must be positive, was " + plain(r.step()));
            }
            if (r.baseline().compareTo(r.min()) < 0 || r.baseline().compareTo(r.max()) > 0) {
                throw fail(q + "baseline", q + "baseline must be within min-max, was " + plain(r.baseline()));
            }
            nonNegative(q + "user_value_per_unit", r.userValuePerUnit());
            nonNegative(q + "counterpart_cost_per_unit", r.counterpartCostPerUnit());
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void key(String field, String key) {
        if (key == null || !KEY.matcher(key).matches() || key.length() > 60) {
            throw fail(field, field + " must be a snake_case key such as extended_warranty, was "
                    + (key == null ? "missing" : "\"" + key + "\""));
        }
    }

    private static void keywords(String field, List<String> keywords) {
        if (keywords.isEmpty()) {
            throw fail(field, field + " must name at least one keyword");
        }
        texts(field, keywords);
    }

    private static <T> T present(String field, T value) {
        if (value == null) {
            throw fail(field, field + " is missing");
        }
        return value;
    }

    private static void text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw fail(field, field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw fail(field, field + " must be at most " + maxLength + " characters, was " + value.length());
        }
    }

    private static void texts(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) {
                throw fail(field + "[" + i + "]", field + "[" + i + "] must not be blank");
            }
        }
    }

    private static void ratio(String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw fail(field, field + " must be in 0-1, was " + value);
        }
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw fail(field, field + " must not be negative, was " + plain(value));
        }
    }

    private static void optionalNonNegative(String field, BigDecimal value) {
        if (value != null) {
            nonNegative(field, value);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static ValidationException fail(String field, String message) {
        return new ValidationException(field, message);
    }
}

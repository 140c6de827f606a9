package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The main distributive issue of a scenario ({@code scenario_variables.issues.main}): the price, salary, rent,
 * rate or share that claiming value is measured on.
 *
 * <p>The counterpart opens at {@link #opening()}; its private reservation value is drawn by the engine inside the
 * character's BATNA range and never beyond {@link #counterpartLimit()} (confidential). {@link #userTarget()} and
 * {@link #userWalkaway()} are the trainee's public aspiration and alternative, used by scoring.
 *
 * @param key machine key, e.g. {@code price}, {@code salary}, {@code rent}, {@code rate}, {@code contract_value}
 * @param label human label, e.g. "Purchase price"
 * @param unit {@link IssueUnit#MONEY} (in the scenario currency) or {@link IssueUnit#PERCENT}
 * @param per the period of the amount: {@code total}, {@code year}, {@code month}, {@code hour}, {@code unit}
 * @param counterpartWants which way the counterpart wants the value to go
 * @param opening the counterpart's opening (asking) value; public
 * @param counterpartLimit the value the counterpart never goes beyond; confidential, {@code null} when only the
 *     character's BATNA range bounds it
 * @param userTarget the trainee's ambitious but realistic goal; public, may be {@code null}
 * @param userWalkaway the trainee's walk-away value given their alternative; public, may be {@code null}
 * @param keywords words that name the issue in a message ("price", "pay", "cost")
 * @param extra unknown fields, kept and written back
 */
public record MainIssue(String key, String label, IssueUnit unit, String per, Direction counterpartWants,
        BigDecimal opening, BigDecimal counterpartLimit, BigDecimal userTarget, BigDecimal userWalkaway,
        List<String> keywords, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections. */
    public MainIssue {
        keywords = ExtraFields.copyList(keywords);
        extra = ExtraFields.copy(extra);
    }

    /** The confidential limit, if the scenario sets one. */
    public Optional<BigDecimal> limit() {
        return Optional.ofNullable(counterpartLimit);
    }

    /** The trainee's target, if the scenario sets one. */
    public Optional<BigDecimal> target() {
        return Optional.ofNullable(userTarget);
    }

    /** The trainee's walk-away value, if the scenario sets one. */
    public Optional<BigDecimal> walkaway() {
        return Optional.ofNullable(userWalkaway);
    }

    /** Which way the trainee wants the value to go (the opposite of the counterpart). */
    public Direction userWants() {
        return counterpartWants.opposite();
    }

    /** This issue without the confidential limit and without unknown fields. */
    public MainIssue publicView() {
        return new MainIssue(key, label, unit, per, counterpartWants, opening, null, userTarget, userWalkaway,
                keywords, Map.of());
    }
}

package io.negotiationmaster.engine.writing;

import io.negotiationmaster.engine.strategy.CommunicationStyle;
import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.Direction;
import io.negotiationmaster.engine.strategy.IssueOption;
import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.strategy.Personality;
import io.negotiationmaster.engine.strategy.SecondaryIssue;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The public side of the counterpart: everything a reply may draw on. It has no field for the reservation value,
 * the BATNA range, costs or confidential instructions, so a writer given only this cannot reveal them.
 *
 * @param name         the counterpart's name
 * @param itemName     what is negotiated, e.g. {@code "2019 Honda Accord"}
 * @param issueLabel   how the main issue is named, e.g. {@code "price"}
 * @param currencyCode ISO 4217 code of the amounts
 * @param direction    which way the counterpart wants the main amount (public: a seller wants more)
 * @param style        communication style
 * @param personality  Big Five traits, for the tone
 * @param market       public market references
 * @param optionLabels {@code "issueKey/optionKey"} to the option's label
 */
public record PublicPersona(String name, String itemName, String issueLabel, String currencyCode,
                            Direction direction, CommunicationStyle style, Personality personality,
                            List<MarketReference> market, Map<String, String> optionLabels) {
    /** Validates presence and copies the collections. */
    public PublicPersona {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(itemName, "itemName");
        Objects.requireNonNull(issueLabel, "issueLabel");
        Objects.requireNonNull(currencyCode, "currencyCode");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(personality, "personality");
        market = List.copyOf(Objects.requireNonNull(market, "market"));
        optionLabels = Collections.unmodifiableSortedMap(
                new TreeMap<>(Objects.requireNonNull(optionLabels, "optionLabels")));
    }

    /** The public side of {@code profile}. */
    public static PublicPersona of(CounterpartProfile profile) {
        Map<String, String> labels = new TreeMap<>();
        for (SecondaryIssue issue : profile.secondaryIssues()) {
            for (IssueOption o : issue.options()) {
                labels.put(issue.key() + "/" + o.key(), o.label());
            }
        }
        return new PublicPersona(profile.facts().counterpartName(), profile.facts().itemName(),
                profile.mainIssue().label(), profile.mainIssue().currencyCode(), profile.direction(), profile.style(),
                profile.personality(), profile.facts().market(), labels);
    }

    /** The label of an option, or the option key when unknown. */
    public String optionLabel(String issueKey, String optionKey) {
        return optionLabels.getOrDefault(issueKey + "/" + optionKey, optionKey);
    }
}

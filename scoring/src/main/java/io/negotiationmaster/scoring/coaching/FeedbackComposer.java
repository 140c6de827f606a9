package io.negotiationmaster.scoring.coaching;

import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.FeedbackItem;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.performance.TheoryReference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One feedback item per dimension: the dimension's analysis as content, the texts of its suggestions (most
 * important first) as recommendations, and their theory references plus the dimension's core reference.
 */
public final class FeedbackComposer {
    private static final Map<Dimension, TheoryReference> CORE = Map.of(
            Dimension.CLAIMING_VALUE, Theories.BARGAINING_ZONE,
            Dimension.CREATING_VALUE, Theories.INTEGRATIVE_BARGAINING,
            Dimension.MANAGING_RELATIONSHIPS, Theories.PEOPLE_AND_PROBLEM);

    /** Creates a composer. */
    public FeedbackComposer() {
        // stateless
    }

    /** The feedback items in {@link Dimension} order. */
    public List<FeedbackItem> compose(Map<Dimension, DimensionScore> scores, List<Suggestion> suggestions) {
        var byDimension = new EnumMap<Dimension, List<Suggestion>>(Dimension.class);
        for (Suggestion s : suggestions) {
            byDimension.computeIfAbsent(s.dimension(), d -> new ArrayList<>()).add(s);
        }
        var items = new ArrayList<FeedbackItem>();
        for (Dimension d : Dimension.values()) {
            DimensionScore score = scores.get(d);
            List<Suggestion> own = byDimension.getOrDefault(d, List.of());
            var references = new LinkedHashSet<TheoryReference>();
            own.forEach(s -> references.add(s.reference()));
            references.add(CORE.get(d));
            items.add(new FeedbackItem(d, score.score(), score.analysis(),
                    own.stream().map(Suggestion::text).toList(), List.copyOf(references)));
        }
        return List.copyOf(items);
    }
}

package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's skills with the strongest and the weakest named.
 *
 * @param userId the user
 * @param skills one entry per dimension, in {@link Dimension} order
 * @param strongest the dimension with the highest current skill (the first in dimension order on a tie)
 * @param weakest the dimension with the lowest current skill (the first in dimension order on a tie)
 * @param updatedAt when the latest session finished
 */
public record ProgressSummary(UUID userId, List<SkillProgress> skills, Dimension strongest, Dimension weakest,
                              Instant updatedAt) {
    /** Validates that there is exactly one skill per dimension, in order. */
    public ProgressSummary {
        Objects.requireNonNull(userId, "userId");
        skills = List.copyOf(skills);
        Dimension[] all = Dimension.values();
        if (skills.size() != all.length) {
            throw new IllegalArgumentException("skills must hold one entry per dimension, held " + skills.size());
        }
        for (int i = 0; i < all.length; i++) {
            if (skills.get(i).dimension() != all[i]) {
                throw new IllegalArgumentException("skills must be in dimension order, found "
                        + skills.get(i).dimension() + " at " + i);
            }
        }
        Objects.requireNonNull(strongest, "strongest");
        Objects.requireNonNull(weakest, "weakest");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The progress of {@code dimension}. */
    public SkillProgress skill(Dimension dimension) {
        return skills.get(dimension.ordinal());
    }

    /** The current skill per dimension. */
    public EnumMap<Dimension, Double> currentByDimension() {
        var map = new EnumMap<Dimension, Double>(Dimension.class);
        skills.forEach(s -> map.put(s.dimension(), s.current()));
        return map;
    }
}

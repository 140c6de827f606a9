package io.negotiationmaster.performance;

import java.util.Locale;

/**
 * A named level of a skill's current value: novice below 50, developing below 70, proficient below 85, expert
 * from 85 with at least 3 sessions (else proficient).
 */
public enum SkillLevel {
    /** Current skill below 50. */
    NOVICE,
    /** Current skill 50 to below 70. */
    DEVELOPING,
    /** Current skill 70 to below 85 (or higher with fewer than 3 sessions). */
    PROFICIENT,
    /** Current skill 85 or more, over at least 3 sessions. */
    EXPERT;

    /** The level of a current skill value after {@code sessions} sessions, by the documented thresholds. */
    public static SkillLevel of(double current, int sessions) {
        if (current >= 85) {
            return sessions >= 3 ? EXPERT : PROFICIENT;
        }
        if (current >= 70) {
            return PROFICIENT;
        }
        return current >= 50 ? DEVELOPING : NOVICE;
    }

    /** The stored, lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

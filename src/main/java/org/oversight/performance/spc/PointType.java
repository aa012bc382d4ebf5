package org.oversight.performance.spc;

import java.util.Locale;

/** What a point on an SPC chart shows, in "Making Data Count" words. */
public enum PointType {
    /** No special cause rule flags the point: the variation expected of the process. */
    COMMON_CAUSE,
    /** Flagged, and high where higher is better or low where lower is better. */
    SPECIAL_CAUSE_IMPROVEMENT,
    /** Flagged, and low where higher is better or high where lower is better. */
    SPECIAL_CAUSE_CONCERN,
    /** Flagged high where neither direction is better. */
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    /** Flagged low where neither direction is better. */
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** The code used in JSON: {@code common_cause}, {@code special_cause_improvement}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The words for people: "special cause improvement". */
    public String words() {
        return code().replace('_', ' ');
    }

    /** Whether a special cause rule flagged the point. */
    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }

    /**
     * The type of a point from its signal ({@link SpecialCauseRules#HIGH}, {@link SpecialCauseRules#LOW}
     * or {@link SpecialCauseRules#NONE}) and the improvement direction: a high signal is an improvement
     * when higher is better, a concern when lower is better and "neutral high" when neither is.
     */
    public static PointType of(int signal, ImprovementDirection direction) {
        if (signal == SpecialCauseRules.NONE) {
            return COMMON_CAUSE;
        }
        boolean high = signal > 0;
        return switch (direction) {
            case INCREASE -> high ? SPECIAL_CAUSE_IMPROVEMENT : SPECIAL_CAUSE_CONCERN;
            case DECREASE -> high ? SPECIAL_CAUSE_CONCERN : SPECIAL_CAUSE_IMPROVEMENT;
            case NEUTRAL -> high ? SPECIAL_CAUSE_NEUTRAL_HIGH : SPECIAL_CAUSE_NEUTRAL_LOW;
        };
    }
}

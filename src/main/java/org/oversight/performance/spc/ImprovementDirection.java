package org.oversight.performance.spc;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which way a series should move to be better; {@link #NEUTRAL} when neither way is better. */
public enum ImprovementDirection {
    INCREASE,
    DECREASE,
    NEUTRAL;

    /** {@code increase}, {@code decrease} or {@code neutral}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named by its code (any case); a clear {@link IllegalArgumentException} otherwise. */
    public static ImprovementDirection fromCode(String code) {
        if (code != null) {
            for (ImprovementDirection direction : values()) {
                if (direction.code().equalsIgnoreCase(code.strip())) {
                    return direction;
                }
            }
        }
        throw new IllegalArgumentException("the improvement direction must be "
                + Arrays.stream(values()).map(ImprovementDirection::code).collect(Collectors.joining(", "))
                + ", not '" + code + "'");
    }
}

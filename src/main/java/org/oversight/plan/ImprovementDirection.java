package org.oversight.plan;

/** Which way a measure should move to be better. */
public enum ImprovementDirection {
    INCREASE,
    DECREASE,
    NEUTRAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ImprovementDirection fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}

package org.oversight.plan;

/** What a measure counts. */
public enum MeasureUnit {
    COUNT("count"),
    PERCENT("percent"),
    RATE_PER_1000("rate-per-1000"),
    NUMBER("number"),
    DAYS("days"),
    POUNDS("pounds"),
    SCORE("score");

    private final String code;

    MeasureUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static MeasureUnit fromCode(String code) {
        for (MeasureUnit unit : values()) {
            if (unit.code.equals(code)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit: " + code);
    }
}

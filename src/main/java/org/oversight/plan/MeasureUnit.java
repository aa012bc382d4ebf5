package org.oversight.plan;

/** What a measure counts. */
public enum MeasureUnit {
    COUNT("count", "Count (of crimes, incidents…)"),
    PERCENT("percent", "Percentage"),
    RATE_PER_1000("rate-per-1000", "Rate per 1,000 people"),
    NUMBER("number", "Number (of officers, PCSOs…)"),
    DAYS("days", "Days"),
    POUNDS("pounds", "Pounds (£)"),
    SCORE("score", "Score");

    private final String code;
    private final String words;

    MeasureUnit(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String words() {
        return words;
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

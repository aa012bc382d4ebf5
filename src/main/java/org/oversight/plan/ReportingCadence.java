package org.oversight.plan;

/** How often a lead reports on a commitment, in the board report's words. */
public enum ReportingCadence {
    MONTHLY("monthly", "Monthly"),
    QUARTERLY("quarterly", "Quarterly"),
    SIX_MONTHLY("six-monthly", "6 monthly"),
    ANNUAL("annual", "Annual"),
    QUARTERLY_UNTIL_COMPLETE("quarterly-until-complete", "Quarterly until complete");

    private final String code;
    private final String words;

    ReportingCadence(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static ReportingCadence fromCode(String code) {
        for (ReportingCadence cadence : values()) {
            if (cadence.code.equals(code)) {
                return cadence;
            }
        }
        throw new IllegalArgumentException("unknown reporting cadence: " + code);
    }
}

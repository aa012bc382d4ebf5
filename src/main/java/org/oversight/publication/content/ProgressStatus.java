package org.oversight.publication.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The annual statement's word for a measure's year against the year before (seed 004's "statement
 * of progress"): improved or worse by the measure's direction of improvement, higher or lower for a
 * measure with no direction, the same when equal, not compared when either year has no figure.
 */
public enum ProgressStatus {
    IMPROVED("Improved"),
    WORSE("Worse"),
    HIGHER("Higher"),
    LOWER("Lower"),
    SAME("No change"),
    NOT_COMPARED("Not compared");

    private final String words;

    ProgressStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /**
     * @param direction {@code increase}, {@code decrease} or anything else for no direction (neutral)
     */
    public static ProgressStatus of(BigDecimal year, BigDecimal previousYear, String direction) {
        if (year == null || previousYear == null) {
            return NOT_COMPARED;
        }
        int sign = year.compareTo(previousYear);
        if (sign == 0) {
            return SAME;
        }
        if ("increase".equals(direction)) {
            return sign > 0 ? IMPROVED : WORSE;
        }
        if ("decrease".equals(direction)) {
            return sign < 0 ? IMPROVED : WORSE;
        }
        return sign > 0 ? HIGHER : LOWER;
    }

    /**
     * The change in words: "+5.0 percentage points" for a percentage, otherwise the percentage change
     * to one decimal place, half up ("-7.7%"); "no percentage change from zero" when the previous year
     * was 0; "not compared" without both figures.
     */
    public static String change(BigDecimal year, BigDecimal previousYear, String unit) {
        if (year == null || previousYear == null) {
            return "not compared";
        }
        BigDecimal difference = year.subtract(previousYear);
        if ("percent".equals(unit)) {
            return signed(difference.setScale(1, RoundingMode.HALF_UP)) + " percentage points";
        }
        if (previousYear.signum() == 0) {
            return difference.signum() == 0 ? "0.0%" : "no percentage change from zero";
        }
        BigDecimal percent =
                difference.multiply(BigDecimal.valueOf(100)).divide(previousYear.abs(), 1, RoundingMode.HALF_UP);
        return signed(percent) + "%";
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}

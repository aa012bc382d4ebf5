package org.oversight.stopsearch.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rates per 1,000 residents and the ratio of two groups' rates with its 95% confidence interval,
 * counts treated as Poisson and populations as fixed: exp(ln(ratio) ± 1.96 × √(1/a + 1/b)), a and
 * b the two groups' searches. Computed unrounded; rounded half up only when given out.
 */
public final class RateRatio {

    /** The normal distribution's 97.5th percentile, for a two-sided 95% interval. */
    static final double Z_95 = 1.96;

    private RateRatio() {}

    /** Searches × 1,000 ÷ residents; null without residents. */
    public static Double ratePer1000(long searches, Long population) {
        if (population == null || population <= 0) {
            return null;
        }
        return searches * 1000.0 / population;
    }

    /** One rate ÷ another; null when either is missing or the other is 0. */
    public static Double ratio(Double rate, Double reference) {
        if (rate == null || reference == null || reference == 0) {
            return null;
        }
        return rate / reference;
    }

    /** The interval's lower end; null when there is no ratio or either count is 0. */
    public static Double lower(Double ratio, long a, long b) {
        return bound(ratio, a, b, -1);
    }

    /** The interval's upper end; null when there is no ratio or either count is 0. */
    public static Double upper(Double ratio, long a, long b) {
        return bound(ratio, a, b, 1);
    }

    private static Double bound(Double ratio, long a, long b, int sign) {
        if (ratio == null || a <= 0 || b <= 0 || ratio <= 0) {
            return null;
        }
        double standardError = Math.sqrt(1.0 / a + 1.0 / b);
        return Math.exp(Math.log(ratio) + sign * Z_95 * standardError);
    }

    /** Rounded half up to the places given; null stays null. */
    public static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}

package org.oversight.performance.spc;

/**
 * The centre line and process limits of one segment of an XmR chart.
 *
 * @param centre the mean of the baseline points
 * @param meanMovingRange the mean of the baseline's moving ranges, after outlier screening
 * @param lowerLimit centre − 2.66 × mean moving range
 * @param upperLimit centre + 2.66 × mean moving range
 * @param lowerNearLimit centre − (2/3 × 2.66) × mean moving range: below it a point is "near" the lower limit
 * @param upperNearLimit centre + (2/3 × 2.66) × mean moving range: above it a point is "near" the upper limit
 */
public record ProcessLimits(
        double centre,
        double meanMovingRange,
        double lowerLimit,
        double upperLimit,
        double lowerNearLimit,
        double upperNearLimit) {

    /** 2.66 = 3 / d₂ (d₂ = 1.128 for moving ranges of two points): the three-sigma limits of an XmR chart. */
    public static final double LIMIT_FACTOR = 2.66;

    /** Two thirds of the way from the centre to a limit (two sigma). */
    public static final double NEAR_LIMIT_FACTOR = 2.0 * LIMIT_FACTOR / 3.0;

    /** The limits of a centre line and a mean moving range. */
    public static ProcessLimits of(double centre, double meanMovingRange) {
        double limit = LIMIT_FACTOR * meanMovingRange;
        double nearLimit = NEAR_LIMIT_FACTOR * meanMovingRange;
        return new ProcessLimits(
                centre, meanMovingRange, centre - limit, centre + limit, centre - nearLimit, centre + nearLimit);
    }

    /** +1 above the centre, −1 below it, 0 exactly on it. */
    public int side(double value) {
        return value > centre ? 1 : value < centre ? -1 : 0;
    }

    /** Strictly above the upper limit or strictly below the lower limit: a point on a limit is inside. */
    public boolean isOutside(double value) {
        return value > upperLimit || value < lowerLimit;
    }

    /**
     * Between a near-limit line and its limit: strictly beyond the near-limit line and not outside the
     * limits (a point exactly on a limit is near it).
     */
    public boolean isNearALimit(double value) {
        return !isOutside(value) && (value > upperNearLimit || value < lowerNearLimit);
    }
}

package org.oversight.performance.spc;

/**
 * A stretch of the series with its own limits: the whole series, or the points from one rebase
 * period to the next.
 *
 * @param number 0 for the first segment, 1 after the first rebase…
 * @param firstPoint index in the series of the segment's first point
 * @param firstPeriod period of the segment's first point
 * @param size points in the segment
 * @param baselineSize points the limits were computed from: the segment's first N with "fix after N"
 *     (all of them when the segment is shorter), otherwise all
 * @param movingRangesScreenedOut moving ranges of the baseline left out by outlier screening
 * @param limits the segment's centre and limits
 * @param trial whether the limits are trial limits: fewer than 12 baseline points
 */
public record Segment(
        int number,
        int firstPoint,
        String firstPeriod,
        int size,
        int baselineSize,
        int movingRangesScreenedOut,
        ProcessLimits limits,
        boolean trial) {}

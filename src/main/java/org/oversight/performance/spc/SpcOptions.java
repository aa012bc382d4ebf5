package org.oversight.performance.spc;

import java.util.List;
import java.util.Objects;

/**
 * How to draw an SPC chart.
 *
 * @param direction which way is better; {@link ImprovementDirection#NEUTRAL} when neither is
 * @param target the target, or {@code null}: only used for {@link Assurance}
 * @param shiftRun points in a run on one side of the centre that make a shift (rule 2); 7 by default
 * @param trendRun points in a run of increases or decreases that make a trend (rule 3); 7 by default
 * @param fixAfter {@code null} for limits from every point of a segment, or N to fix them on the
 *     segment's first N points (later points are judged against them)
 * @param rebase periods that start a new segment with its own limits ("rebase")
 * @param screenOutliers leave out moving ranges of at least 3.267 × the mean moving range (on by default)
 */
public record SpcOptions(
        ImprovementDirection direction,
        Double target,
        int shiftRun,
        int trendRun,
        Integer fixAfter,
        List<String> rebase,
        boolean screenOutliers) {

    /** The "Making Data Count" run length for shifts and trends; 6 is the other common choice. */
    public static final int DEFAULT_RUN = 7;

    public SpcOptions {
        if (direction == null) {
            throw new IllegalArgumentException("an improvement direction is required: increase, decrease or neutral");
        }
        if (target != null && !Double.isFinite(target)) {
            throw new IllegalArgumentException("the target must be a finite number, not " + target);
        }
        if (shiftRun < 2) {
            throw new IllegalArgumentException("the shift run length must be at least 2 points, not " + shiftRun);
        }
        if (trendRun < 2) {
            throw new IllegalArgumentException("the trend run length must be at least 2 points, not " + trendRun);
        }
        if (fixAfter != null && fixAfter < MIN_FIX_AFTER) {
            throw new IllegalArgumentException("fix after must be at least " + MIN_FIX_AFTER
                    + " points (fewer give only trial limits, which should not be fixed), not " + fixAfter);
        }
        if (rebase != null && rebase.stream().anyMatch(period -> period == null || period.isBlank())) {
            throw new IllegalArgumentException("a rebase period is blank");
        }
        rebase = rebase == null ? List.of() : List.copyOf(rebase);
    }

    /** The fewest points limits may be fixed on: fewer give trial limits (DESIGN.md: N ≥ 12). */
    public static final int MIN_FIX_AFTER = 12;

    /** The defaults: no target, runs of 7, limits from every point, no rebase, outliers screened. */
    public static SpcOptions of(ImprovementDirection direction) {
        return new SpcOptions(direction, null, DEFAULT_RUN, DEFAULT_RUN, null, List.of(), true);
    }

    public SpcOptions withTarget(Double target) {
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }

    public SpcOptions withShiftRun(int shiftRun) {
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }

    public SpcOptions withTrendRun(int trendRun) {
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }

    public SpcOptions withFixAfter(Integer fixAfter) {
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }

    public SpcOptions withRebase(List<String> rebase) {
        Objects.requireNonNull(rebase, "rebase");
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }

    public SpcOptions withRebase(String... periods) {
        return withRebase(List.of(periods));
    }

    public SpcOptions withOutlierScreening(boolean screenOutliers) {
        return new SpcOptions(direction, target, shiftRun, trendRun, fixAfter, rebase, screenOutliers);
    }
}

package org.oversight.performance.spc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws an SPC chart (an XmR chart, "Making Data Count" style) of a regular series: monthly,
 * quarterly or any other equal periods, in time order.
 *
 * <p>For each segment (the whole series, or from one rebase period to the next):
 *
 * <ol>
 *   <li>the baseline is the segment's points, or its first N with "fix after N";
 *   <li>moving ranges MRᵢ = |xᵢ − xᵢ₋₁| between consecutive baseline points (a segment's first
 *       point has none);
 *   <li>outlier screening (on by default): moving ranges ≥ 3.267 × their mean are left out and the
 *       mean recomputed once, from those that remain (not repeated);
 *   <li>centre = mean of the baseline points; limits = centre ± 2.66 × mean MR; near-limit lines =
 *       centre ± (2/3 × 2.66) × mean MR ({@link ProcessLimits});
 *   <li>the four {@link SpecialCauseRules} run on all the segment's points (runs never cross a
 *       rebase) and each point's type follows from the deciding rule and the direction
 *       ({@link PointType#of});
 *   <li>fewer than 12 baseline points make the limits trial limits.
 * </ol>
 */
public final class Spc {

    /** A moving range at least this many times the mean moving range is screened out as an outlier. */
    public static final double OUTLIER_MOVING_RANGE_FACTOR = 3.267;

    /** Baselines of fewer points give trial limits. */
    public static final int POINTS_FOR_FIRM_LIMITS = 12;

    private Spc() {}

    /**
     * The chart of a series.
     *
     * @param periods the periods in time order (labels, e.g. {@code 2024-04}); unique and not blank
     * @param values the value of each period; finite
     * @throws IllegalArgumentException with a message for people when the series or options cannot
     *     make a chart: no points or only one, blank or repeated periods, values missing or not
     *     finite, "fix after" longer than the series, a rebase period not in the series or at its
     *     start, a segment of a single point
     */
    public static SpcChart calculate(List<String> periods, List<Double> values, SpcOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("SPC options are required");
        }
        double[] x = checkedValues(periods, values);
        List<Integer> segmentStarts = segmentStarts(periods, options);
        if (options.fixAfter() != null && options.fixAfter() > x.length) {
            throw new IllegalArgumentException(
                    "cannot fix the limits after " + options.fixAfter() + " points: the series has only " + x.length);
        }
        List<Segment> segments = new ArrayList<>();
        List<ChartPoint> points = new ArrayList<>();
        for (int s = 0; s < segmentStarts.size(); s++) {
            int from = segmentStarts.get(s);
            int to = s + 1 < segmentStarts.size() ? segmentStarts.get(s + 1) : x.length;
            double[] segmentValues = java.util.Arrays.copyOfRange(x, from, to);
            Segment segment = segment(s, from, periods.get(from), segmentValues, options);
            segments.add(segment);
            points.addAll(chartPoints(segment, periods.subList(from, to), segmentValues, options));
        }
        Segment last = segments.get(segments.size() - 1);
        return new SpcChart(
                last.limits(),
                last.trial(),
                points.get(points.size() - 1).pointType(),
                Assurance.against(last.limits(), options.direction(), options.target()),
                segments,
                points);
    }

    private static Segment segment(int number, int firstPoint, String firstPeriod, double[] x, SpcOptions options) {
        if (x.length < 2) {
            throw new IllegalArgumentException("the segment starting at " + firstPeriod
                    + " has a single point: limits need at least 2 points (one moving range)");
        }
        int baseline = options.fixAfter() == null ? x.length : Math.min(options.fixAfter(), x.length);
        double centre = mean(x, 0, baseline);
        double[] movingRanges = new double[baseline - 1];
        for (int i = 1; i < baseline; i++) {
            movingRanges[i - 1] = Math.abs(x[i] - x[i - 1]);
        }
        double meanMovingRange = mean(movingRanges, 0, movingRanges.length);
        int screenedOut = 0;
        // With a mean of 0 every moving range is 0: there is no outlier to screen.
        if (options.screenOutliers() && meanMovingRange > 0) {
            double threshold = OUTLIER_MOVING_RANGE_FACTOR * meanMovingRange;
            double kept = 0;
            int keptCount = 0;
            for (double movingRange : movingRanges) {
                if (movingRange >= threshold) {
                    screenedOut++;
                } else {
                    kept += movingRange;
                    keptCount++;
                }
            }
            // Once: the recomputed mean is not screened again.
            meanMovingRange = kept / keptCount;
        }
        return new Segment(
                number,
                firstPoint,
                firstPeriod,
                x.length,
                baseline,
                screenedOut,
                ProcessLimits.of(centre, meanMovingRange),
                baseline < POINTS_FOR_FIRM_LIMITS);
    }

    private static List<ChartPoint> chartPoints(Segment segment, List<String> periods, double[] x, SpcOptions options) {
        ProcessLimits limits = segment.limits();
        int[] outside = SpecialCauseRules.outsideTheLimits(x, limits);
        int[] shift = SpecialCauseRules.shift(x, limits, options.shiftRun());
        int[] trend = SpecialCauseRules.trend(x, options.trendRun());
        int[] twoOfThree = SpecialCauseRules.twoOfThreeNearALimit(x, limits);
        List<ChartPoint> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            List<SpecialCauseRule> rules = new ArrayList<>();
            if (outside[i] != SpecialCauseRules.NONE) {
                rules.add(SpecialCauseRule.OUTSIDE_THE_LIMITS);
            }
            if (shift[i] != SpecialCauseRules.NONE) {
                rules.add(SpecialCauseRule.SHIFT);
            }
            if (trend[i] != SpecialCauseRules.NONE) {
                rules.add(SpecialCauseRule.TREND);
            }
            if (twoOfThree[i] != SpecialCauseRules.NONE) {
                rules.add(SpecialCauseRule.TWO_OF_THREE_NEAR_A_LIMIT);
            }
            int signal = SpecialCauseRules.decidingSignal(outside[i], trend[i], twoOfThree[i], shift[i]);
            points.add(new ChartPoint(
                    periods.get(i),
                    x[i],
                    i == 0 ? null : Math.abs(x[i] - x[i - 1]),
                    segment.number(),
                    limits,
                    rules,
                    PointType.of(signal, options.direction())));
        }
        return points;
    }

    private static double[] checkedValues(List<String> periods, List<Double> values) {
        if (periods == null || values == null || periods.isEmpty() && values.isEmpty()) {
            throw new IllegalArgumentException("the series is empty: an SPC chart needs at least 2 points");
        }
        if (periods.size() != values.size()) {
            throw new IllegalArgumentException(
                    "the series has " + periods.size() + " periods but " + values.size() + " values");
        }
        if (values.size() < 2) {
            throw new IllegalArgumentException(
                    "the series has a single point: an SPC chart needs at least 2 points (one moving range)");
        }
        Map<String, Integer> seen = new HashMap<>();
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            String period = periods.get(i);
            if (period == null || period.isBlank()) {
                throw new IllegalArgumentException("the period of point " + (i + 1) + " is blank");
            }
            Integer earlier = seen.putIfAbsent(period, i);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "the period " + period + " appears twice (points " + (earlier + 1) + " and " + (i + 1) + ")");
            }
            Double value = values.get(i);
            if (value == null) {
                throw new IllegalArgumentException("point " + (i + 1) + " (" + period + ") has no value");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(
                        "the value of point " + (i + 1) + " (" + period + ") is not a finite number: " + value);
            }
            x[i] = value;
        }
        return x;
    }

    private static List<Integer> segmentStarts(List<String> periods, SpcOptions options) {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (String period : options.rebase()) {
            int index = periods.indexOf(period);
            if (index < 0) {
                throw new IllegalArgumentException("the rebase period " + period + " is not in the series");
            }
            if (index == 0) {
                throw new IllegalArgumentException(
                        "the rebase period " + period + " is the first period: the first segment already starts there");
            }
            starts.add(index);
        }
        return List.copyOf(starts);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}

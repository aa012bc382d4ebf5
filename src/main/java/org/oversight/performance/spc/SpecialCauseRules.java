package org.oversight.performance.spc;

/**
 * The four "Making Data Count" special cause rules, one small function each. Each takes the values
 * of one segment (points in time order) and answers, point by point, a signal: {@link #HIGH} when
 * the rule flags the point as high (above the centre, or part of an increasing trend), {@link #LOW}
 * when it flags it as low, {@link #NONE} when the rule does not flag it. Every point of a pattern is
 * flagged, as NHSRplotthedots does.
 */
public final class SpecialCauseRules {

    /** Flagged high: above the centre line, or part of an increasing trend. */
    public static final int HIGH = 1;

    /** Flagged low: below the centre line, or part of a decreasing trend. */
    public static final int LOW = -1;

    /** Not flagged by the rule. */
    public static final int NONE = 0;

    private SpecialCauseRules() {}

    /**
     * Rule 1 of "Making Data Count" — a single point outside the process limits (an "astronomical"
     * point): strictly above the upper limit or strictly below the lower limit. A point exactly on a
     * limit is inside it.
     */
    public static int[] outsideTheLimits(double[] values, ProcessLimits limits) {
        int[] signals = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limits.upperLimit()) {
                signals[i] = HIGH;
            } else if (values[i] < limits.lowerLimit()) {
                signals[i] = LOW;
            }
        }
        return signals;
    }

    /**
     * Rule 2 of "Making Data Count" — a shift: {@code runLength} (7 by default, 6 the other common
     * choice) or more consecutive points all strictly above, or all strictly below, the centre line.
     * A point exactly on the centre belongs to neither side and so breaks the run. Every point of the
     * run is flagged, on its side.
     */
    public static int[] shift(double[] values, ProcessLimits limits, int runLength) {
        int[] signals = new int[values.length];
        int start = 0;
        while (start < values.length) {
            int side = limits.side(values[start]);
            int end = start + 1;
            while (end < values.length && limits.side(values[end]) == side) {
                end++;
            }
            if (side != 0 && end - start >= runLength) {
                java.util.Arrays.fill(signals, start, end, side);
            }
            start = end;
        }
        return signals;
    }

    /**
     * Rule 3 of "Making Data Count" — a trend: {@code runLength} (7 by default) or more consecutive
     * points each strictly higher than the one before, or each strictly lower. The run length counts
     * points, as "a trend of seven points" does, so seven points are six consecutive increases. Two
     * equal consecutive points (a tie) break the trend. Every point of the trend is flagged
     * {@link #HIGH} for an increasing trend and {@link #LOW} for a decreasing one, whichever side of
     * the centre it lies. A point that ends one trend and starts the next (the peak between an
     * increasing and a decreasing trend) takes the later trend's direction, as NHSRplotthedots does.
     */
    public static int[] trend(double[] values, int runLength) {
        int[] signals = new int[values.length];
        // step s is the move from point s-1 to point s
        int firstStep = 1;
        while (firstStep < values.length) {
            int direction = step(values, firstStep);
            int endStep = firstStep + 1;
            while (endStep < values.length && step(values, endStep) == direction) {
                endStep++;
            }
            int firstPoint = firstStep - 1;
            int points = endStep - firstPoint;
            if (direction != 0 && points >= runLength) {
                java.util.Arrays.fill(signals, firstPoint, endStep, direction);
            }
            firstStep = endStep;
        }
        return signals;
    }

    private static int step(double[] values, int index) {
        double now = values[index];
        double before = values[index - 1];
        return now > before ? HIGH : now < before ? LOW : NONE;
    }

    /**
     * Rule 4 of "Making Data Count" — two out of three consecutive points near a process limit: in
     * some window of three consecutive points, at least two lie between a near-limit line
     * (two thirds of the way from the centre to the limit) and the limit, not outside the limit
     * (see {@link ProcessLimits#isNearALimit}), and all three lie strictly on the same side of the
     * centre. The near points of the window are flagged, on their side; the third point is not (it
     * may be flagged by another rule). A point outside the limits is rule 1's and does not count
     * here.
     */
    public static int[] twoOfThreeNearALimit(double[] values, ProcessLimits limits) {
        int[] signals = new int[values.length];
        for (int first = 0; first + 2 < values.length; first++) {
            int side = limits.side(values[first]);
            if (side == 0 || limits.side(values[first + 1]) != side || limits.side(values[first + 2]) != side) {
                continue;
            }
            int near = 0;
            for (int i = first; i < first + 3; i++) {
                if (limits.isNearALimit(values[i])) {
                    near++;
                }
            }
            if (near >= 2) {
                for (int i = first; i < first + 3; i++) {
                    if (limits.isNearALimit(values[i])) {
                        signals[i] = side;
                    }
                }
            }
        }
        return signals;
    }

    /**
     * The signal that decides a point's type when several rules flag it, in NHSRplotthedots' order:
     * outside the limits (its side), then trend (its direction), then two of three near a limit (its
     * side), then shift (its side). Only the trend can disagree with the point's side of the centre,
     * so the order matters only for points that are part of a trend.
     */
    static int decidingSignal(int outside, int trend, int twoOfThree, int shift) {
        if (outside != NONE) {
            return outside;
        }
        if (trend != NONE) {
            return trend;
        }
        if (twoOfThree != NONE) {
            return twoOfThree;
        }
        return shift;
    }
}

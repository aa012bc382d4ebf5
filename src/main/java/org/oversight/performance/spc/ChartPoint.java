package org.oversight.performance.spc;

import java.util.List;

/**
 * One point of an SPC chart.
 *
 * @param period the period as given
 * @param value the value as given
 * @param movingRange |value − previous value| within the segment; {@code null} for a segment's first point
 * @param segment the number of the point's segment (0 without rebase)
 * @param limits the centre and limits of the point's segment
 * @param rules the special cause rules that flag the point, in rule order (empty for common cause)
 * @param pointType what the point shows
 */
public record ChartPoint(
        String period,
        double value,
        Double movingRange,
        int segment,
        ProcessLimits limits,
        List<SpecialCauseRule> rules,
        PointType pointType) {

    public ChartPoint {
        rules = List.copyOf(rules);
    }
}

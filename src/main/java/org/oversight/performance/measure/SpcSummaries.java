package org.oversight.performance.measure;

import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.spc.ChartPoint;
import org.oversight.performance.spc.PointType;
import org.oversight.performance.spc.SpcChart;
import org.oversight.plan.ImprovementDirection;

/** An SPC chart in short, with its icons' high or low read from the point type and the direction. */
final class SpcSummaries {

    private SpcSummaries() {}

    static MeasurePerformance.SpcSummary of(SpcChart chart, Double target, ImprovementDirection direction) {
        ChartPoint last = chart.points().get(chart.points().size() - 1);
        int special = (int) chart.points().stream()
                .filter(p -> p.pointType().isSpecialCause())
                .count();
        return new MeasurePerformance.SpcSummary(
                chart.variation().code(),
                chart.variation().words(),
                high(last.pointType(), direction),
                chart.assurance() == null ? null : chart.assurance().code(),
                chart.assurance() == null ? null : chart.assurance().words(),
                chart.centre(),
                chart.lowerLimit(),
                chart.upperLimit(),
                chart.trial(),
                chart.assurance() == null ? null : target,
                special);
    }

    /**
     * Whether a special-cause point is “high” (H) rather than “low” (L), as DESIGN.md words it: the
     * point type already says which way the rule that flagged it points, so improvement is high when
     * higher is better and low when lower is better, concern the other way round; neutral points say
     * it themselves. It is never the latest value's side of the centre: a rising trend below the
     * centre is high. Common cause points are neither (false).
     */
    static boolean high(PointType type, ImprovementDirection direction) {
        return switch (type) {
            case SPECIAL_CAUSE_IMPROVEMENT -> direction == ImprovementDirection.INCREASE;
            case SPECIAL_CAUSE_CONCERN -> direction == ImprovementDirection.DECREASE;
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> true;
            default -> false;
        };
    }
}

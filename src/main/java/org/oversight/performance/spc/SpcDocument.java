package org.oversight.performance.spc;

import java.util.List;

/**
 * The JSON of an SPC chart in the command-line contract, shared by {@code ./oversight spc --json}
 * and {@code POST /api/v1/spc}:
 * {@code {"centre":…,"lowerLimit":…,"upperLimit":…,"trial":bool,"variation":"…","assurance":"…"|null,
 * "points":[{"period":"…","value":…,"pointType":"…"}]}}. Its components are in that order, numbers
 * are not rounded, and {@code assurance} is written as {@code null} when there is none.
 */
public record SpcDocument(
        double centre,
        double lowerLimit,
        double upperLimit,
        boolean trial,
        String variation,
        String assurance,
        List<Point> points) {

    public record Point(String period, double value, String pointType) {}

    public static SpcDocument of(SpcChart chart) {
        return new SpcDocument(
                chart.centre(),
                chart.lowerLimit(),
                chart.upperLimit(),
                chart.trial(),
                chart.variation().code(),
                chart.assurance() == null ? null : chart.assurance().code(),
                chart.points().stream()
                        .map(point -> new Point(
                                point.period(), point.value(), point.pointType().code()))
                        .toList());
    }
}

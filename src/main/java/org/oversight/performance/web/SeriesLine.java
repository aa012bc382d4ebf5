package org.oversight.performance.web;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.oversight.performance.MeasurePerformance;

/**
 * The line through a monthly series, as the chart and the sparkline draw it: each month in its own
 * place on the time axis (a month without a figure leaves its space), solid between judged months,
 * dashed into and between provisional ones, and broken across a missing month so a gap is never
 * drawn over.
 *
 * @param solid the path data of the solid line (empty when there is none)
 * @param dashed the path data of the dashed line (empty when there is none)
 */
record SeriesLine(String solid, String dashed) {

    /** A point's place on the time axis: months since the first point. */
    static int slot(List<MeasurePerformance.MonthPoint> points, int i) {
        YearMonth first = YearMonth.parse(points.get(0).period());
        return (int) first.until(YearMonth.parse(points.get(i).period()), ChronoUnit.MONTHS);
    }

    /** How many months the time axis spans, from the first point to the last. */
    static int span(List<MeasurePerformance.MonthPoint> points) {
        return points.isEmpty() ? 0 : slot(points, points.size() - 1) + 1;
    }

    /**
     * The line through {@code points}, placed by {@code x} (from a point's slot) and {@code y} (from
     * its value).
     */
    static SeriesLine through(
            List<MeasurePerformance.MonthPoint> points,
            IntToDoubleFunction x,
            ToDoubleFunction<MeasurePerformance.MonthPoint> y) {
        StringBuilder solid = new StringBuilder();
        StringBuilder dashed = new StringBuilder();
        int solidEnd = -2;
        int dashedEnd = -2;
        for (int i = 1; i < points.size(); i++) {
            if (slot(points, i) - slot(points, i - 1) > 1) {
                continue;
            }
            boolean provisional =
                    points.get(i - 1).provisional() || points.get(i).provisional();
            StringBuilder target = provisional ? dashed : solid;
            int end = provisional ? dashedEnd : solidEnd;
            if (end != i - 1) {
                target.append(target.length() == 0 ? "M" : " M").append(xy(points, i - 1, x, y));
            }
            target.append(" L").append(xy(points, i, x, y));
            if (provisional) {
                dashedEnd = i;
            } else {
                solidEnd = i;
            }
        }
        return new SeriesLine(solid.toString(), dashed.toString());
    }

    private static String xy(
            List<MeasurePerformance.MonthPoint> points,
            int i,
            IntToDoubleFunction x,
            ToDoubleFunction<MeasurePerformance.MonthPoint> y) {
        return Svg.fmt(x.applyAsDouble(slot(points, i))) + " " + Svg.fmt(y.applyAsDouble(points.get(i)));
    }
}

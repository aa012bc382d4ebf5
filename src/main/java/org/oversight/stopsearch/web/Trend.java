package org.oversight.stopsearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.oversight.performance.spc.ChartPoint;
import org.oversight.performance.spc.ImprovementDirection;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcChart;
import org.oversight.performance.spc.SpcOptions;
import org.oversight.stopsearch.StopSearchSummary;

/**
 * One monthly figure judged with SPC ("Making Data Count"): its chart, its points with their type,
 * the latest point's variation and, with a target, the assurance. Months without the figure (a rate
 * of no searches) are left out; with fewer than two months there is no chart, only the table.
 */
public record Trend(
        String id,
        String title,
        String unit,
        Double target,
        List<Row> rows,
        String svg,
        String variation,
        String assurance,
        boolean trial) {

    public record Row(String period, Double value, String pointType) {}

    static Trend of(
            String id,
            String title,
            String unit,
            ImprovementDirection direction,
            Double target,
            List<StopSearchSummary> months,
            Function<StopSearchSummary, Number> figure) {
        List<String> periods = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StopSearchSummary month : months) {
            Number value = figure.apply(month);
            if (value != null) {
                periods.add(month.from().toString());
                values.add(value.doubleValue());
            }
        }
        if (values.size() < 2) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                rows.add(new Row(periods.get(i), values.get(i), null));
            }
            return new Trend(id, title, unit, target, rows, null, null, null, false);
        }
        SpcChart chart = Spc.calculate(periods, values, SpcOptions.of(direction).withTarget(target));
        List<Row> rows = new ArrayList<>();
        for (ChartPoint point : chart.points()) {
            rows.add(new Row(point.period(), point.value(), point.pointType().words()));
        }
        String description = title + " by month from " + periods.get(0) + " to " + periods.get(periods.size() - 1)
                + ": centre " + TrendChart.fmt(chart.centre()) + ", process limits "
                + TrendChart.fmt(chart.lowerLimit()) + " to " + TrendChart.fmt(chart.upperLimit())
                + (target == null ? "" : ", target " + TrendChart.fmt(target))
                + "; latest month " + chart.variation().words() + ". The table below gives every value.";
        return new Trend(
                id,
                title,
                unit,
                target,
                rows,
                TrendChart.svg(id, title, description, chart, target),
                chart.variation().words(),
                chart.assurance() == null ? null : chart.assurance().words(),
                chart.trial());
    }
}

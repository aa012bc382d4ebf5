package org.oversight.performance.period;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Monthly counts (crimes, searches, incidents); the figure for a period is the sum of its months.
 *
 * @param values the monthly counts
 */
public record CountSeries(MonthlySeries values) implements IndicatorSeries {

    public CountSeries {
        Objects.requireNonNull(values, "values");
    }

    /** {@link Aggregation#SUM}. */
    @Override
    public Aggregation aggregation() {
        return Aggregation.SUM;
    }

    /** The total of the months; not known when any month is missing. */
    @Override
    public PeriodValue over(MonthRange months) {
        return values.sum(months);
    }

    @Override
    public Optional<YearMonth> lastMonthWithFigure(MonthRange range) {
        return values.lastMonthWithFigure(range);
    }

    @Override
    public CountSeries without(java.util.Collection<YearMonth> months) {
        return months.isEmpty() ? this : new CountSeries(values.withoutAll(months));
    }
}

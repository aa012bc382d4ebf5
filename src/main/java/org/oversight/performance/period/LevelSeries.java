package org.oversight.performance.period;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Point-in-time levels (officer numbers, PCSO numbers, open offices): the figure for a period is the
 * value of its last month; adding months together would be meaningless.
 *
 * @param values the level at each month
 */
public record LevelSeries(MonthlySeries values) implements IndicatorSeries {

    public LevelSeries {
        Objects.requireNonNull(values, "values");
    }

    /** {@link Aggregation#LATEST}. */
    @Override
    public Aggregation aggregation() {
        return Aggregation.LATEST;
    }

    /** The level of the last month of {@code months}; not known when that month has no value. */
    @Override
    public PeriodValue over(MonthRange months) {
        return values.latest(months);
    }

    @Override
    public Optional<YearMonth> lastMonthWithFigure(MonthRange range) {
        return values.lastMonthWithFigure(range);
    }

    @Override
    public LevelSeries without(java.util.Collection<YearMonth> months) {
        return months.isEmpty() ? this : new LevelSeries(values.withoutAll(months));
    }
}

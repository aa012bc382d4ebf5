package org.oversight.performance.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The monthly data an indicator reads, with the way it aggregates over a period of several months:
 * {@link CountSeries} (sum), {@link RateSeries} (sum of numerators over sum of denominators) or
 * {@link LevelSeries} (the last month's level).
 */
public sealed interface IndicatorSeries permits CountSeries, RateSeries, LevelSeries {

    /** How the monthly values combine over a period. */
    Aggregation aggregation();

    /**
     * The figure for {@code months}: the total, the rate or the level of the last month. Not known
     * (with the missing months listed) when a month it needs has no value.
     */
    PeriodValue over(MonthRange months);

    /** The last month of {@code range} for which this series has a figure, if any. */
    Optional<YearMonth> lastMonthWithFigure(MonthRange range);

    /**
     * This series with the months given left out: gaps, never zeros, so a period that needs one of
     * them is not known (an incomplete month, or a provisional one being judged).
     */
    IndicatorSeries without(java.util.Collection<YearMonth> months);

    /** A series of counts, summed over a period. */
    static CountSeries counts(MonthlySeries values) {
        return new CountSeries(values);
    }

    /** A series of point-in-time levels, compared by the last month of a period. */
    static LevelSeries levels(MonthlySeries values) {
        return new LevelSeries(values);
    }

    /** A percentage: 100 × sum of numerators ÷ sum of denominators. */
    static RateSeries percentage(MonthlySeries numerator, MonthlySeries denominator) {
        return new RateSeries(numerator, denominator, BigDecimal.valueOf(100));
    }

    /** A rate per 1,000: 1,000 × sum of numerators ÷ sum of denominators. */
    static RateSeries perThousand(MonthlySeries numerator, MonthlySeries denominator) {
        return new RateSeries(numerator, denominator, BigDecimal.valueOf(1000));
    }
}

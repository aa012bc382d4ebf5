package org.oversight.performance.period;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.oversight.shared.FinancialYear;
import org.oversight.shared.ReportingPeriod;

/**
 * The standard comparisons of an indicator as at a month, each against the same months a year
 * earlier. The as-at month is always given: nothing here reads the clock.
 *
 * @param series the indicator's data, which says how months combine (sum, ratio or latest level)
 */
public record Comparisons(IndicatorSeries series) {

    public Comparisons {
        Objects.requireNonNull(series, "series");
    }

    /** The month itself against the same month a year earlier. */
    public PeriodComparison month(YearMonth asAt) {
        return compare(ComparisonKind.MONTH, MonthRange.wordsFor(asAt), false, MonthRange.of(asAt));
    }

    /**
     * The financial quarter containing {@code asAt} against the same months a year earlier: the
     * whole quarter when {@code asAt} is its last month, otherwise the quarter to date (“Q3 2014/15
     * to date”, {@link PeriodComparison#toDate()} true).
     */
    public PeriodComparison quarter(YearMonth asAt) {
        MonthRange quarter = MonthRange.financialQuarterContaining(asAt);
        boolean whole = asAt.equals(quarter.last());
        String scope = quarterWords(quarter) + (whole ? "" : " to date");
        return compare(ComparisonKind.QUARTER, scope, !whole, new MonthRange(quarter.first(), asAt));
    }

    /** The last financial quarter that is complete by the end of {@code asAt}, against the same quarter a year earlier. */
    public PeriodComparison lastCompleteQuarter(YearMonth asAt) {
        MonthRange quarter = MonthRange.financialQuarterContaining(asAt);
        if (!asAt.equals(quarter.last())) {
            quarter = quarter.minusMonths(3);
        }
        return compare(ComparisonKind.QUARTER, quarterWords(quarter), false, quarter);
    }

    /** April to {@code asAt} against the same months a year earlier (“year to date 2014/15”). */
    public PeriodComparison yearToDate(YearMonth asAt) {
        MonthRange months = MonthRange.financialYearToDate(asAt);
        String scope = "year to date " + FinancialYear.containing(asAt);
        return compare(ComparisonKind.YEAR_TO_DATE, scope, months.size() < 12, months);
    }

    /** The twelve months to {@code asAt} against the twelve months before them. */
    public PeriodComparison rollingTwelveMonths(YearMonth asAt) {
        String scope = "12 months to " + MonthRange.wordsFor(asAt);
        return compare(ComparisonKind.ROLLING_TWELVE_MONTHS, scope, false, MonthRange.twelveMonthsTo(asAt));
    }

    /** A whole financial year, April to March, against the previous one. */
    public PeriodComparison financialYear(FinancialYear year) {
        return compare(ComparisonKind.FINANCIAL_YEAR, year.toString(), false, MonthRange.of(year));
    }

    /** The month, the quarter (whole or to date), the year to date and the rolling twelve months as at {@code asAt}. */
    public List<PeriodComparison> asAt(YearMonth asAt) {
        return List.of(month(asAt), quarter(asAt), yearToDate(asAt), rollingTwelveMonths(asAt));
    }

    private PeriodComparison compare(ComparisonKind kind, String scope, boolean toDate, MonthRange months) {
        return new PeriodComparison(kind, scope, toDate, series.over(months), series.over(months.minusYears(1)));
    }

    private static String quarterWords(MonthRange quarter) {
        FinancialYear year = FinancialYear.containing(quarter.first());
        int number = (int) (year.firstMonth().until(quarter.first(), java.time.temporal.ChronoUnit.MONTHS) / 3) + 1;
        return new ReportingPeriod.OfQuarter(year, number).words();
    }
}

package org.oversight.performance.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.oversight.shared.ReportingPeriod;

/** Small builders of monthly test data. */
public final class MonthlyFigures {

    private MonthlyFigures() {}

    /** "2014-10" as a month. */
    public static YearMonth month(String text) {
        return YearMonth.parse(text);
    }

    /** Consecutive monthly values from {@code first}. */
    public static MonthlySeries monthly(String first, long... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (long value : values) {
            list.add(BigDecimal.valueOf(value));
        }
        return MonthlySeries.starting(month(first), list);
    }

    /** The same value in every month from {@code first} to {@code last}. */
    public static MonthlySeries constant(String first, String last, String value) {
        MonthlySeries series = MonthlySeries.empty();
        for (YearMonth month : new MonthRange(month(first), month(last)).months()) {
            series = series.with(month, new BigDecimal(value));
        }
        return series;
    }

    /**
     * {@code total} spread over the months of {@code period} ("2013/14", "2014-04"), as evenly as
     * whole numbers allow (the first months take the remainder).
     */
    public static MonthlySeries spread(String period, long total) {
        MonthRange range = MonthRange.of(ReportingPeriod.parse(period));
        return spread(range, total);
    }

    /** {@code total} spread over the months {@code first} to {@code last}. */
    public static MonthlySeries spread(String first, String last, long total) {
        return spread(new MonthRange(month(first), month(last)), total);
    }

    private static MonthlySeries spread(MonthRange range, long total) {
        int size = range.size();
        long each = total / size;
        long remainder = total % size;
        MonthlySeries series = MonthlySeries.empty();
        int index = 0;
        for (YearMonth month : range.months()) {
            series = series.with(month, BigDecimal.valueOf(each + (index < remainder ? 1 : 0)));
            index++;
        }
        return series;
    }
}

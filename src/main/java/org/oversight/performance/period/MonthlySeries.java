package org.oversight.performance.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable series of monthly values, which may have gaps. A month without a value is missing,
 * never zero: sums over a period that includes a missing month are not known.
 *
 * @param values the value of each month that has one, in month order
 */
public record MonthlySeries(SortedMap<YearMonth, BigDecimal> values) {

    public MonthlySeries {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>();
        values.forEach((month, value) -> copy.put(
                Objects.requireNonNull(month, "month"), Objects.requireNonNull(value, () -> "value for " + month)));
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** A series with no values. */
    public static MonthlySeries empty() {
        return new MonthlySeries(new TreeMap<>());
    }

    /** A series of the given months and values. */
    public static MonthlySeries of(Map<YearMonth, BigDecimal> values) {
        return new MonthlySeries(new TreeMap<>(values));
    }

    /** Consecutive months from {@code first}, one value each. */
    public static MonthlySeries starting(YearMonth first, List<BigDecimal> consecutiveValues) {
        TreeMap<YearMonth, BigDecimal> values = new TreeMap<>();
        YearMonth month = first;
        for (BigDecimal value : consecutiveValues) {
            values.put(month, value);
            month = month.plusMonths(1);
        }
        return new MonthlySeries(values);
    }

    /** This series with {@code month} set to {@code value}. */
    public MonthlySeries with(YearMonth month, BigDecimal value) {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>(values);
        copy.put(month, value);
        return new MonthlySeries(copy);
    }

    /** This series with {@code month} taken out (a gap). */
    public MonthlySeries without(YearMonth month) {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>(values);
        copy.remove(month);
        return new MonthlySeries(copy);
    }

    /** This series with every month of {@code months} taken out (gaps). */
    public MonthlySeries withoutAll(java.util.Collection<YearMonth> months) {
        if (months.isEmpty()) {
            return this;
        }
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>(values);
        months.forEach(copy::remove);
        return new MonthlySeries(copy);
    }

    /** This series with every month added to the months of {@code other} (other wins on a clash). */
    public MonthlySeries plus(MonthlySeries other) {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>(values);
        copy.putAll(other.values);
        return new MonthlySeries(copy);
    }

    /** The value of a month, if it has one. */
    public Optional<BigDecimal> value(YearMonth month) {
        return Optional.ofNullable(values.get(month));
    }

    /** Whether the month has a value. */
    public boolean hasFigureFor(YearMonth month) {
        return values.containsKey(month);
    }

    /** The months of {@code range} without a value, in order. */
    public List<YearMonth> missingIn(MonthRange range) {
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth month : range.months()) {
            if (!values.containsKey(month)) {
                missing.add(month);
            }
        }
        return List.copyOf(missing);
    }

    /** The sum of the values of {@code range}; not known when any of its months is missing. */
    public PeriodValue sum(MonthRange range) {
        List<YearMonth> missing = missingIn(range);
        if (!missing.isEmpty()) {
            return PeriodValue.missing(range, missing);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (YearMonth month : range.months()) {
            total = total.add(values.get(month));
        }
        return PeriodValue.known(range, total);
    }

    /** The value of the last month of {@code range} (a point-in-time level); not known when that month is missing. */
    public PeriodValue latest(MonthRange range) {
        BigDecimal value = values.get(range.last());
        return value == null ? PeriodValue.missing(range, List.of(range.last())) : PeriodValue.known(range, value);
    }

    /** The last month of {@code range} that has a value, if any. */
    public Optional<YearMonth> lastMonthWithFigure(MonthRange range) {
        SortedMap<YearMonth, BigDecimal> within =
                values.subMap(range.first(), range.last().plusMonths(1));
        return within.isEmpty() ? Optional.empty() : Optional.of(within.lastKey());
    }

    /** How many months have a value. */
    public int size() {
        return values.size();
    }
}

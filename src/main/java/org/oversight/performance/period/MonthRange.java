package org.oversight.performance.period;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oversight.shared.FinancialYear;
import org.oversight.shared.ReportingPeriod;

/**
 * A run of whole calendar months, first to last inclusive (“April–October 2014”).
 *
 * @param first the first month
 * @param last the last month, not before {@code first}
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "a month range cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** A single month. */
    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    /**
     * The months a reporting period covers: from the month of its first day to the month of its
     * last day. Monthly data cannot resolve days, so a single day (“2023-03-31”) is read as its month.
     */
    public static MonthRange of(ReportingPeriod period) {
        return new MonthRange(YearMonth.from(period.firstDay()), YearMonth.from(period.lastDay()));
    }

    /** April to March of a financial year. */
    public static MonthRange of(FinancialYear year) {
        return new MonthRange(year.firstMonth(), year.firstMonth().plusMonths(11));
    }

    /** April of the financial year containing {@code asAt}, up to and including {@code asAt}. */
    public static MonthRange financialYearToDate(YearMonth asAt) {
        return new MonthRange(FinancialYear.containing(asAt).firstMonth(), asAt);
    }

    /** The twelve months ending with {@code asAt}. */
    public static MonthRange twelveMonthsTo(YearMonth asAt) {
        return new MonthRange(asAt.minusMonths(11), asAt);
    }

    /** The whole financial quarter (Q1 = April to June) containing {@code month}. */
    public static MonthRange financialQuarterContaining(YearMonth month) {
        YearMonth start = FinancialYear.containing(month).firstMonth();
        long index = start.until(month, ChronoUnit.MONTHS) / 3;
        YearMonth first = start.plusMonths(index * 3);
        return new MonthRange(first, first.plusMonths(2));
    }

    /** How many months the range holds. */
    public int size() {
        return (int) first.until(last, ChronoUnit.MONTHS) + 1;
    }

    /** Whether {@code month} lies in the range. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** Whether every month of {@code other} lies in this range. */
    public boolean contains(MonthRange other) {
        return contains(other.first) && contains(other.last);
    }

    /** The same run of months, {@code months} earlier. */
    public MonthRange minusMonths(long months) {
        return new MonthRange(first.minusMonths(months), last.minusMonths(months));
    }

    /** The same calendar months, {@code years} earlier. */
    public MonthRange minusYears(long years) {
        return minusMonths(12 * years);
    }

    /** Every month of the range, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(size());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    /**
     * The range in words: “October 2014”, “April–October 2014” or “November 2013–October 2014”
     * (with an en dash).
     */
    public String words() {
        if (first.equals(last)) {
            return wordsFor(first);
        }
        if (first.getYear() == last.getYear()) {
            return monthName(first) + "–" + wordsFor(last);
        }
        return wordsFor(first) + "–" + wordsFor(last);
    }

    /** A month in words: “October 2014”. */
    public static String wordsFor(YearMonth month) {
        return monthName(month) + " " + month.getYear();
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}

package org.oversight.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A police financial year, April to March, written "2014/15".
 *
 * @param startYear the calendar year in which the financial year starts (2014 for 2014/15)
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("financial year out of range: " + startYear);
        }
    }

    /** Parses "2014/15"; the second part must be the year after the first. */
    public static FinancialYear parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year such as 2014/15");
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a financial year: " + matcher.group(2) + " does not follow " + start);
        }
        return new FinancialYear(start);
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public static FinancialYear containing(YearMonth month) {
        return containing(month.atDay(1));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(startYear, Month.APRIL);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}

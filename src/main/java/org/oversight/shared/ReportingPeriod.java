package org.oversight.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a figure or target refers to, in the forms plans use: a financial year ("2014/15"), a
 * financial quarter ("2014/15 Q1", Q1 = April to June), a month ("2014-04"), a calendar year
 * ("2019") or a single day ("2023-03-31").
 */
public sealed interface ReportingPeriod
        permits ReportingPeriod.OfMonth,
                ReportingPeriod.OfQuarter,
                ReportingPeriod.OfFinancialYear,
                ReportingPeriod.OfCalendarYear,
                ReportingPeriod.OfDay {

    LocalDate firstDay();

    LocalDate lastDay();

    /** The period as written in plan files, which {@link #parse(String)} reads back. */
    String code();

    /** The period in words, for statements ("2014/15", "Q1 2014/15", "April 2014"). */
    String words();

    Pattern QUARTER = Pattern.compile("(\\d{4}/\\d{2}) Q([1-4])");

    /** Reads any of the written forms; throws {@link IllegalArgumentException} with the reason. */
    static ReportingPeriod parse(String text) {
        String value = text.trim();
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            return new OfQuarter(FinancialYear.parse(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        if (value.matches("\\d{4}/\\d{2}")) {
            return new OfFinancialYear(FinancialYear.parse(value));
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new OfDay(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return new OfMonth(YearMonth.parse(value));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date or month", e);
        }
        if (value.matches("\\d{4}")) {
            return new OfCalendarYear(Integer.parseInt(value));
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a period: write 2014/15, 2014/15 Q1, 2014-04, 2019 or 2023-03-31");
    }

    record OfMonth(YearMonth month) implements ReportingPeriod {
        public LocalDate firstDay() {
            return month.atDay(1);
        }

        public LocalDate lastDay() {
            return month.atEndOfMonth();
        }

        public String code() {
            return month.toString();
        }

        public String words() {
            return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                    + month.getYear();
        }
    }

    record OfQuarter(FinancialYear year, int quarter) implements ReportingPeriod {
        public OfQuarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
            }
        }

        public LocalDate firstDay() {
            return year.firstDay().plusMonths(3L * (quarter - 1));
        }

        public LocalDate lastDay() {
            return firstDay().plusMonths(3).minusDays(1);
        }

        public String code() {
            return year + " Q" + quarter;
        }

        public String words() {
            return "Q" + quarter + " " + year;
        }
    }

    record OfFinancialYear(FinancialYear year) implements ReportingPeriod {
        public LocalDate firstDay() {
            return year.firstDay();
        }

        public LocalDate lastDay() {
            return year.lastDay();
        }

        public String code() {
            return year.toString();
        }

        public String words() {
            return year.toString();
        }
    }

    record OfCalendarYear(int year) implements ReportingPeriod {
        public LocalDate firstDay() {
            return LocalDate.of(year, 1, 1);
        }

        public LocalDate lastDay() {
            return LocalDate.of(year, 12, 31);
        }

        public String code() {
            return Integer.toString(year);
        }

        public String words() {
            return Integer.toString(year);
        }
    }

    record OfDay(LocalDate day) implements ReportingPeriod {
        public LocalDate firstDay() {
            return day;
        }

        public LocalDate lastDay() {
            return day;
        }

        public String code() {
            return day.toString();
        }

        public String words() {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        }
    }
}

package org.oversight.board.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.oversight.performance.MeasurePerformance;

/**
 * The year-to-date comparison as the Board's report words it for a count: the financial year's
 * months up to the month judged against the same months a year earlier, "+8.6% or 569 more" (seed
 * 001, paragraph 117). The percentage is rounded half up to one decimal place from the exact
 * figures. When either year lacks a month there is no comparison, and the missing months are named.
 * Measures that are not counts (rates, percentages, survey results) have none here: their own
 * comparison (from {@code performance}) is used.
 */
public final class YearToDate {

    private YearToDate() {}

    /**
     * @param words the comparison in a sentence ("Year to date (April–October 2014): 45,210 against
     *     41,641 in April–October 2013, +8.6% or 3,569 more.")
     * @param change current minus previous; null when not compared
     * @param percentChange rounded to one decimal place; null when not compared or the previous figure is zero
     */
    public record Comparison(String words, BigDecimal change, BigDecimal percentChange) {}

    /** The comparison for a count measure as at {@code asAt}; empty for other units or without figures. */
    public static Optional<Comparison> of(MeasurePerformance measure, YearMonth asAt) {
        if (!"count".equals(measure.unit()) || asAt == null || measure.series().isEmpty()) {
            return Optional.empty();
        }
        Map<YearMonth, BigDecimal> values = new TreeMap<>();
        for (MeasurePerformance.MonthPoint point : measure.series()) {
            if (point.value() != null) {
                values.put(YearMonth.parse(point.period()), point.value());
            }
        }
        return Optional.of(compare(values, asAt));
    }

    /** The comparison of monthly counts as at {@code asAt}. */
    static Comparison compare(Map<YearMonth, BigDecimal> values, YearMonth asAt) {
        YearMonth first = YearMonth.of(asAt.getMonthValue() >= 4 ? asAt.getYear() : asAt.getYear() - 1, 4);
        String currentWords = MonthWords.range(first, asAt);
        String previousWords = MonthWords.range(first.minusYears(1), asAt.minusYears(1));
        List<YearMonth> missing = new ArrayList<>();
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        for (YearMonth month = first; !month.isAfter(asAt); month = month.plusMonths(1)) {
            YearMonth before = month.minusYears(1);
            if (!values.containsKey(before)) {
                missing.add(before);
            } else {
                previous = previous.add(values.get(before));
            }
            if (!values.containsKey(month)) {
                missing.add(month);
            } else {
                current = current.add(values.get(month));
            }
        }
        String lead = "Year to date (" + currentWords + ")";
        if (!missing.isEmpty()) {
            return new Comparison(
                    lead + ": not compared with " + previousWords + " because there are no figures for "
                            + String.join(
                                    ", ",
                                    missing.stream()
                                            .sorted()
                                            .map(MonthWords::month)
                                            .toList())
                            + ".",
                    null,
                    null);
        }
        BigDecimal change = current.subtract(previous);
        String figures = number(current) + " against " + number(previous) + " in " + previousWords;
        if (change.signum() == 0) {
            return new Comparison(lead + ": " + figures + ", the same.", change, BigDecimal.ZERO.setScale(1));
        }
        String moreOrFewer = change.signum() > 0 ? " more" : " fewer";
        if (previous.signum() == 0) {
            return new Comparison(
                    lead + ": " + figures + ", " + number(change.abs()) + moreOrFewer + ".", change, null);
        }
        BigDecimal percent = change.multiply(BigDecimal.valueOf(100)).divide(previous, 1, RoundingMode.HALF_UP);
        String sign = percent.signum() >= 0 ? "+" : "";
        return new Comparison(
                lead + ": " + figures + ", " + sign + percent.toPlainString() + "% or " + number(change.abs())
                        + moreOrFewer + ".",
                change,
                percent);
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}

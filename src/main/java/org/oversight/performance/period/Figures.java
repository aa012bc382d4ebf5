package org.oversight.performance.period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oversight.plan.MeasureUnit;

/**
 * How figures are computed into changes and written in words. The rules, stated once:
 *
 * <ul>
 *   <li>A percentage change is {@code (current − comparison) × 100 ÷ comparison}, computed from
 *       unrounded values and rounded half up to one decimal place; there is none when the comparison
 *       value is zero, negative or unknown.
 *   <li>Figures in words have thousands separators and are rounded half up to at most one decimal
 *       place (“8,123”, “45.3”), unless more places are needed to tell two different figures apart
 *       ({@link #decimalsToTellApart}).
 *   <li>Changes carry their sign: “+8.6%”, “-2.3%”, “0.0%”. A change that is not zero but rounds to
 *       zero at one decimal place is shown with two (“-0.01%”); below that it is “about the same”
 *       ({@link #smallestChange}).
 *   <li>A figure that rounds to zero is never written with a minus sign (“0”, “£0”, never “-0”).
 * </ul>
 */
public final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MOST_DECIMALS = 6;

    private Figures() {}

    /**
     * The percentage change from {@code comparison} to {@code current}, rounded half up to one
     * decimal place from the unrounded values; {@code null} when either is unknown or the
     * comparison is zero or negative (a change from nothing, or from below nothing, has no
     * percentage).
     */
    public static BigDecimal percentChange(BigDecimal current, BigDecimal comparison) {
        if (current == null || comparison == null || comparison.signum() <= 0) {
            return null;
        }
        return current.subtract(comparison).multiply(HUNDRED).divide(comparison, 1, RoundingMode.HALF_UP);
    }

    /** The same change unrounded (34 significant digits); {@code null} in the same cases. */
    public static BigDecimal exactPercentChange(BigDecimal current, BigDecimal comparison) {
        if (current == null || comparison == null || comparison.signum() <= 0) {
            return null;
        }
        return current.subtract(comparison).multiply(HUNDRED).divide(comparison, MathContext.DECIMAL128);
    }

    /** A figure with thousands separators, rounded half up to at most one decimal place: “8,123”, “45.3”. */
    public static String number(BigDecimal value) {
        return number(value, 1);
    }

    /** A figure with thousands separators, rounded half up to at most {@code decimals} places. */
    public static String number(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        // A value that rounds to zero is zero in words: never "-0".
        return format.format(rounded.signum() == 0 ? BigDecimal.ZERO : rounded);
    }

    /**
     * The size of a change in words at one decimal place, or at two when one would show a change
     * that is not zero as “0.0”; empty when even two places round it to zero, so that the figures
     * are better called “about the same”. {@code magnitude} is not negative.
     */
    public static java.util.Optional<String> smallestChange(BigDecimal magnitude) {
        BigDecimal abs = magnitude.abs();
        if (abs.setScale(1, RoundingMode.HALF_UP).signum() != 0) {
            return java.util.Optional.of(oneDecimal(abs));
        }
        BigDecimal two = abs.setScale(2, RoundingMode.HALF_UP);
        if (two.signum() != 0) {
            return java.util.Optional.of(two.toPlainString());
        }
        return java.util.Optional.empty();
    }

    /** A figure as a plan writes it, every decimal kept: “2”, “2.5”, “1,200”. */
    public static String asWritten(BigDecimal value) {
        return number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** A figure in its unit with at most one decimal place: “50%”, “8,123”, “£6,969,000”, “4.5 per 1,000”. */
    public static String inUnit(BigDecimal value, MeasureUnit unit) {
        return inUnit(value, unit, 1);
    }

    /** A figure in its unit with at most {@code decimals} places. */
    public static String inUnit(BigDecimal value, MeasureUnit unit, int decimals) {
        String number = number(value, decimals);
        if (unit == null) {
            return number;
        }
        switch (unit) {
            case PERCENT:
                return number + "%";
            case POUNDS:
                return number.startsWith("-") ? "-£" + number.substring(1) : "£" + number;
            case DAYS:
                return number + " days";
            case RATE_PER_1000:
                return number + " per 1,000";
            default:
                return number;
        }
    }

    /** A non-negative figure rounded half up to exactly one decimal place: “2.0”, “1,234.5”. */
    public static String oneDecimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** A percentage change already rounded to one place, with its sign: “+8.6%”, “-2.3%”, “0.0%”. */
    public static String signedPercent(BigDecimal percent) {
        return signed(percent) + "%";
    }

    /** A change rounded half up to one place, with its sign: “+1.5”, “-0.2”, “0.0”. */
    public static String signed(BigDecimal change) {
        BigDecimal rounded = change.setScale(1, RoundingMode.HALF_UP);
        String text = oneDecimal(rounded.abs());
        if (rounded.signum() > 0) {
            return "+" + text;
        }
        return rounded.signum() < 0 ? "-" + text : text;
    }

    /**
     * The fewest decimal places, at least one and at most six, at which two different figures no
     * longer look the same in words (49.99 against 50 needs two). Equal figures need one.
     */
    public static int decimalsToTellApart(BigDecimal first, BigDecimal second) {
        int decimals = 1;
        if (first == null || second == null || first.compareTo(second) == 0) {
            return decimals;
        }
        while (decimals < MOST_DECIMALS && number(first, decimals).equals(number(second, decimals))) {
            decimals++;
        }
        return decimals;
    }

    /** Months in words, consecutive months run together: “May 2014”, “May–July 2014 and May 2013”. */
    public static String months(List<YearMonth> months) {
        List<String> runs = new ArrayList<>();
        YearMonth start = null;
        YearMonth previous = null;
        for (YearMonth month : months.stream().sorted().distinct().toList()) {
            if (start == null) {
                start = month;
            } else if (!month.equals(previous.plusMonths(1))) {
                runs.add(new MonthRange(start, previous).words());
                start = month;
            }
            previous = month;
        }
        if (start != null) {
            runs.add(new MonthRange(start, previous).words());
        }
        return joinedWithAnd(runs);
    }

    /**
     * “a” or “an” before a figure as it is read aloud: “an 8% reduction”, “an 11% reduction”, “a 2%
     * reduction”, “a 1,200 increase”.
     */
    public static String article(String figure) {
        String digits = figure.replaceAll("[^0-9.]", "");
        String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        if (whole.startsWith("8")) {
            return "an";
        }
        boolean elevenOrEighteen = whole.startsWith("11") || whole.startsWith("18");
        return elevenOrEighteen && whole.length() % 3 == 2 ? "an" : "a";
    }

    /** “a”, “a and b”, “a, b and c”. */
    public static String joinedWithAnd(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

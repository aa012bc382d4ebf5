package org.oversight.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's value axis on round numbers: ticks every 1, 2, 2.5 or 5 × 10ⁿ, from the tick at or
 * below the smallest value to the tick at or above the largest, about five steps in all. The ticks
 * are exact decimals, so labels never show floating-point noise (0.30000000000000004).
 *
 * @param low the lowest tick
 * @param high the highest tick
 * @param step the distance between ticks
 */
record AxisScale(BigDecimal low, BigDecimal high, BigDecimal step) {

    /** About this many steps between the lowest and highest tick (rounding outwards can add one or two). */
    private static final int STEPS = 5;

    private static final BigDecimal[] NICE = {
        BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN
    };

    /** The scale covering every value from {@code min} to {@code max}. */
    static AxisScale covering(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException(
                    "an axis needs finite values with min <= max, not " + min + " to " + max);
        }
        if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
            // A constant series: a band around the value, so its points sit mid-chart.
            double pad = Math.max(Math.abs(min) * 0.05, 0.5);
            min -= pad;
            max += pad;
        }
        BigDecimal step = step((max - min) / STEPS);
        BigDecimal low = step.multiply(BigDecimal.valueOf(Math.floor(min / step.doubleValue() + 1e-9)));
        BigDecimal high = step.multiply(BigDecimal.valueOf(Math.ceil(max / step.doubleValue() - 1e-9)));
        if (high.compareTo(low) <= 0) {
            high = low.add(step);
        }
        return new AxisScale(low, high, step);
    }

    /** The smallest of 1, 2, 2.5, 5 and 10 × 10ⁿ that is at least {@code rough}. */
    static BigDecimal step(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (BigDecimal nice : NICE) {
            BigDecimal candidate = nice.multiply(magnitude);
            if (candidate.doubleValue() >= rough * (1 - 1e-12)) {
                return candidate.stripTrailingZeros();
            }
        }
        return BigDecimal.TEN.multiply(magnitude).stripTrailingZeros();
    }

    /** Every tick from low to high. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** A tick's label: thousands separators and as many decimals as the step has (“1,000”, “7.5”, “10.25”). */
    String label(BigDecimal tick) {
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(tick);
        return text.startsWith("-") && tick.signum() == 0 ? text.substring(1) : text;
    }

    /** The labels of every tick. */
    List<String> labels() {
        return ticks().stream().map(this::label).toList();
    }
}

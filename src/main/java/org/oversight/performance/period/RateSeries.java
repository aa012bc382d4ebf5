package org.oversight.performance.period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A rate read from a numerator and a denominator series (positive outcomes ÷ searches, detections ÷
 * crimes). The rate over a period is {@code scale × sum(numerator) ÷ sum(denominator)}: months with
 * many cases weigh more, as they should, which the mean of the monthly rates would not do. The
 * division keeps 34 significant digits ({@link MathContext#DECIMAL128}); only the words round.
 *
 * @param numerator the monthly numerators
 * @param denominator the monthly denominators
 * @param scale 100 for a percentage, 1,000 for a rate per 1,000, 1 for a plain ratio
 */
public record RateSeries(MonthlySeries numerator, MonthlySeries denominator, BigDecimal scale)
        implements IndicatorSeries {

    public RateSeries {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(scale, "scale");
        if (scale.signum() <= 0) {
            throw new IllegalArgumentException("the scale of a rate must be positive: " + scale);
        }
    }

    /** {@link Aggregation#RATIO}. */
    @Override
    public Aggregation aggregation() {
        return Aggregation.RATIO;
    }

    /**
     * The rate over {@code months}. Not known when a month lacks its numerator or its denominator,
     * or when the denominators add up to zero (there is nothing to divide by).
     */
    @Override
    public PeriodValue over(MonthRange months) {
        TreeSet<YearMonth> missing = new TreeSet<>(numerator.missingIn(months));
        missing.addAll(denominator.missingIn(months));
        if (!missing.isEmpty()) {
            return PeriodValue.missing(months, new ArrayList<>(missing));
        }
        BigDecimal top = numerator.sum(months).value();
        BigDecimal bottom = denominator.sum(months).value();
        if (bottom.signum() == 0) {
            return PeriodValue.unavailable(
                    months, "there is nothing to divide by in " + months.words() + " (the denominator is zero)");
        }
        return PeriodValue.known(months, top.multiply(scale).divide(bottom, MathContext.DECIMAL128));
    }

    /** The last month of {@code range} with both a numerator and a denominator. */
    @Override
    public Optional<YearMonth> lastMonthWithFigure(MonthRange range) {
        List<YearMonth> months = new ArrayList<>(range.months());
        for (int i = months.size() - 1; i >= 0; i--) {
            YearMonth month = months.get(i);
            if (numerator.hasFigureFor(month) && denominator.hasFigureFor(month)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    @Override
    public RateSeries without(java.util.Collection<YearMonth> months) {
        return months.isEmpty()
                ? this
                : new RateSeries(numerator.withoutAll(months), denominator.withoutAll(months), scale);
    }
}

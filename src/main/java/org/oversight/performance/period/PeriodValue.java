package org.oversight.performance.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The figure for a run of months, or why there is none. A figure is never made up: when a month
 * the figure needs has no value, the figure is absent and the missing months are listed.
 *
 * @param months the months the figure is for
 * @param value the figure, unrounded; {@code null} when it is not known
 * @param missingMonths months without a value that the figure needs (empty when known)
 * @param unavailableBecause why there is no figure although no month is missing (a rate whose
 *     denominator is zero); {@code null} otherwise
 */
public record PeriodValue(
        MonthRange months, BigDecimal value, List<YearMonth> missingMonths, String unavailableBecause) {

    public PeriodValue {
        Objects.requireNonNull(months, "months");
        missingMonths = List.copyOf(missingMonths);
        boolean known = value != null;
        if (known && (!missingMonths.isEmpty() || unavailableBecause != null)) {
            throw new IllegalArgumentException("a known figure has no missing months and no reason");
        }
        if (!known && missingMonths.isEmpty() && unavailableBecause == null) {
            throw new IllegalArgumentException("an unknown figure needs its missing months or a reason");
        }
    }

    /** A known figure. */
    public static PeriodValue known(MonthRange months, BigDecimal value) {
        return new PeriodValue(months, Objects.requireNonNull(value, "value"), List.of(), null);
    }

    /** No figure because these months have no value. */
    public static PeriodValue missing(MonthRange months, List<YearMonth> missingMonths) {
        if (missingMonths.isEmpty()) {
            throw new IllegalArgumentException("name the missing months");
        }
        return new PeriodValue(months, null, missingMonths, null);
    }

    /** No figure, for the reason given (in words that complete “… because ”). */
    public static PeriodValue unavailable(MonthRange months, String reason) {
        return new PeriodValue(months, null, List.of(), Objects.requireNonNull(reason, "reason"));
    }

    /** Whether the figure is known. */
    public boolean isKnown() {
        return value != null;
    }

    /** Whether every month the figure needs has a value (a zero-denominator rate is complete but unknown). */
    public boolean isComplete() {
        return missingMonths.isEmpty();
    }

    /**
     * Why there is no figure, in words that complete “… because ”: “there are no figures for
     * May–June 2014”; {@code null} when the figure is known.
     */
    public String reason() {
        if (isKnown()) {
            return null;
        }
        if (!missingMonths.isEmpty()) {
            return "there are no figures for " + Figures.months(missingMonths);
        }
        return unavailableBecause;
    }
}

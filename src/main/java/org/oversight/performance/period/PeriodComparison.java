package org.oversight.performance.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.oversight.plan.MeasureUnit;

/**
 * A figure for a period against the figure for the same period a year earlier. When either period
 * lacks a month the comparison is incomplete: it names the missing months and gives no change,
 * rather than a misleading one.
 *
 * @param kind which comparison this is
 * @param scope the current period in words: “October 2014”, “Q3 2014/15 to date”, “year to date
 *     2014/15”, “12 months to October 2014”, “2014/15”
 * @param toDate whether the current period is still under way (a quarter to date, a year to date
 *     before March), so that it holds fewer months than the whole period
 * @param current the figure for the current period
 * @param comparison the figure for the comparison period
 */
public record PeriodComparison(
        ComparisonKind kind, String scope, boolean toDate, PeriodValue current, PeriodValue comparison) {

    public PeriodComparison {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** The current figure, unrounded; {@code null} when not known. */
    public BigDecimal currentValue() {
        return current.value();
    }

    /** The comparison figure, unrounded; {@code null} when not known. */
    public BigDecimal comparisonValue() {
        return comparison.value();
    }

    /** The current months in words: “April–October 2014”. */
    public String currentWords() {
        return current.months().words();
    }

    /** The comparison months in words: “April–October 2013”. */
    public String comparisonWords() {
        return comparison.months().words();
    }

    /** Whether every month both figures need has a value. */
    public boolean isComplete() {
        return current.isComplete() && comparison.isComplete();
    }

    /** The months either figure lacks, in order; empty when complete. */
    public List<YearMonth> missingMonths() {
        TreeSet<YearMonth> missing = new TreeSet<>(current.missingMonths());
        missing.addAll(comparison.missingMonths());
        return List.copyOf(missing);
    }

    /** current − comparison, unrounded (in percentage points for a percentage); {@code null} unless both are known. */
    public BigDecimal change() {
        if (!current.isKnown() || !comparison.isKnown()) {
            return null;
        }
        return current.value().subtract(comparison.value());
    }

    /**
     * The percentage change, rounded half up to one decimal place from the unrounded figures;
     * {@code null} when either figure is unknown or the comparison figure is zero.
     */
    public BigDecimal percentChange() {
        return Figures.percentChange(current.value(), comparison.value());
    }

    /** {@link #words(MeasureUnit)} with plain numbers. */
    public String words() {
        return words(null);
    }

    /**
     * The comparison in words: “-2.3% year to date: 8,123 against 8,314”; for a percentage measure
     * the change is in percentage points (“+5.0 percentage points year to date: 50% against 45%”);
     * a change too small to show at two decimal places is “about the same”; “year to date: not
     * compared because there are no figures for May 2014” when incomplete. Figures get as many
     * decimal places as it takes to tell them apart.
     */
    public String words(MeasureUnit unit) {
        String phrase = phrase();
        if (!current.isKnown() || !comparison.isKnown()) {
            String reason = current.isKnown() ? comparison.reason() : current.reason();
            if (!isComplete()) {
                reason = "there are no figures for " + Figures.months(missingMonths());
            }
            return phrase + ": not compared because " + reason;
        }
        int decimals = Figures.decimalsToTellApart(current.value(), comparison.value());
        String figures = Figures.inUnit(current.value(), unit, decimals) + " against "
                + Figures.inUnit(comparison.value(), unit, decimals);
        BigDecimal change = change();
        if (change.signum() == 0) {
            return (unit == MeasureUnit.PERCENT ? "0.0 percentage points " : "0.0% ") + phrase + ": " + figures;
        }
        String sign = change.signum() < 0 ? "-" : "+";
        if (unit == MeasureUnit.PERCENT) {
            return Figures.smallestChange(change)
                    .map(amount -> sign + amount + " percentage points " + phrase + ": " + figures)
                    .orElse("about the same " + phrase + ": " + figures);
        }
        BigDecimal percent = Figures.exactPercentChange(current.value(), comparison.value());
        if (percent == null) {
            return phrase + ": " + figures + " (no percentage change from "
                    + (comparison.value().signum() == 0 ? "zero" : "a negative figure") + ")";
        }
        return Figures.smallestChange(percent)
                .map(amount -> sign + amount + "% " + phrase + ": " + figures)
                .orElse("about the same " + phrase + ": " + figures);
    }

    private String phrase() {
        switch (kind) {
            case YEAR_TO_DATE:
                return "year to date";
            case ROLLING_TWELVE_MONTHS:
                return "in the " + scope;
            default:
                return "in " + scope;
        }
    }
}

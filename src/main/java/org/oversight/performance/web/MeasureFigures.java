package org.oversight.performance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.period.Figures;
import org.oversight.plan.MeasureUnit;

/**
 * A measure's figures as its pages write them, by its unit: counts as whole numbers with thousands
 * separators (“1,234”, never “1,234.0”), percentages to one decimal place (“45.0%”), rates per
 * 1,000 to two; and the words for the value axis (“Crimes per month”, “Rate (%)”).
 */
final class MeasureFigures {

    private MeasureFigures() {}

    /** A month's value in the data table and the sparkline's words. */
    static String value(BigDecimal value, String unitCode) {
        if (value == null) {
            return "no figure";
        }
        MeasureUnit unit = unit(unitCode);
        if (unit == null) {
            return Figures.number(value, 1);
        }
        switch (unit) {
            case PERCENT:
                return fixed(value, 1) + "%";
            case RATE_PER_1000:
                return fixed(value, 2) + " per 1,000";
            case DAYS:
                return fixed(value, 1) + " days";
            case POUNDS:
                return value.signum() < 0 ? "-£" + fixed(value.negate(), 0) : "£" + fixed(value, 0);
            case SCORE:
                return fixed(value, 1);
            default:
                // Counts and numbers are whole in practice; a fractional one keeps its tenth rather than be hidden.
                return Figures.number(value, 1);
        }
    }

    /**
     * A centre, limit or target line's value on the chart, to a decimal place for counts (a limit lies
     * between whole counts: “1,014.1”), as the data are written otherwise.
     */
    static String line(double value, String unitCode) {
        BigDecimal figure = BigDecimal.valueOf(value);
        MeasureUnit unit = unit(unitCode);
        if (unit == MeasureUnit.PERCENT) {
            return fixed(figure, 1) + "%";
        }
        if (unit == MeasureUnit.RATE_PER_1000) {
            return fixed(figure, 2);
        }
        if (unit == MeasureUnit.POUNDS) {
            return "£" + fixed(figure, 0);
        }
        return Figures.number(figure, 1);
    }

    /** The value axis and data table heading: what one monthly value is, with its unit. */
    static String axisLabel(MeasurePerformance measure) {
        MeasureUnit unit = unit(measure.unit());
        if (unit == null) {
            return "Value";
        }
        boolean incidents = measure.indicatorName() != null
                && measure.indicatorName().toLowerCase(Locale.ROOT).contains("anti-social behaviour");
        switch (unit) {
            case COUNT:
                if (!measure.policeData()) {
                    return "Number per month";
                }
                return incidents ? "Incidents per month" : "Crimes per month";
            case PERCENT:
                return measure.policeData() ? "Rate (%)" : "Percentage (%)";
            case RATE_PER_1000:
                return measure.policeData() ? "Crimes per 1,000 residents" : "Rate per 1,000";
            case NUMBER:
                return "Number";
            case DAYS:
                return "Days";
            case POUNDS:
                return "Pounds (£)";
            default:
                return "Score";
        }
    }

    private static MeasureUnit unit(String code) {
        if (code == null) {
            return null;
        }
        try {
            return MeasureUnit.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fixed(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}

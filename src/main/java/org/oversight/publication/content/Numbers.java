package org.oversight.publication.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the publication writes them: by the measure's unit, rounded half up. */
final class Numbers {

    private Numbers() {}

    /** "12,345" for a count, "45.0%" for a percentage, "3.21" for a rate per 1,000, else one decimal place. */
    static String inUnit(BigDecimal value, String unit) {
        if (value == null) {
            return "no figure";
        }
        if ("percent".equals(unit)) {
            return fixed(value, 1) + "%";
        }
        if ("rate-per-1000".equals(unit)) {
            return fixed(value, 2);
        }
        if ("pounds".equals(unit)) {
            return "£" + fixed(value, 0);
        }
        if (value.stripTrailingZeros().scale() <= 0) {
            return fixed(value, 0);
        }
        return fixed(value, 1);
    }

    /** The value as plain data for CSV and JSON: no grouping, no unit; empty when unknown. */
    static String data(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String fixed(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}

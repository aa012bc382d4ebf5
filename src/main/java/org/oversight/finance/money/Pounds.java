package org.oversight.finance.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money in words: “£2,521,000”, “£0.50”, “−£1,700,000” (pence only when there are any). */
public final class Pounds {

    private Pounds() {}

    public static String words(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String sign = amount.signum() < 0 ? "\u2212" : "";
        return sign + "£" + number(amount.abs());
    }

    /** The number alone with thousands separators: “2,521,000”, “1,234.50”. */
    public static String number(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format =
                new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(amount.abs());
        return (amount.signum() < 0 ? "\u2212" : "") + text;
    }

    /** A percentage as shown: "63.7%", "−4.4%". */
    public static String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        return (percent.signum() < 0 ? "\u2212" : "") + percent.abs().toPlainString() + "%";
    }
}

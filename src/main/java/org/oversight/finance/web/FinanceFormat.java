package org.oversight.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.oversight.finance.money.Pounds;
import org.springframework.stereotype.Component;

/** Money, shares and dates as the finance pages show them; templates call it as {@code @financeFormat}. */
@Component("financeFormat")
public class FinanceFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Pounds as shown, such as £352,479,000 or −£24,409,000 or £198.53; empty for none. */
    public String pounds(BigDecimal amount) {
        return Pounds.words(amount);
    }

    /** "63.7%", "−4.4%"; "" for none. */
    public String percent(BigDecimal percent) {
        return Pounds.percent(percent);
    }

    /** A difference in percentage points with its sign: "+0.1", "−0.1", "0.0". */
    public String points(BigDecimal points) {
        if (points == null) {
            return "";
        }
        return (points.signum() > 0 ? "+" : points.signum() < 0 ? "\u2212" : "")
                + points.abs().toPlainString();
    }

    /** A difference in pounds with its sign, such as +£1,000 or −£0.01. */
    public String signedPounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (amount.signum() > 0 ? "+" : "") + Pounds.words(amount);
    }

    public boolean differs(BigDecimal difference) {
        return difference != null && difference.signum() != 0;
    }

    /** A financial year as addresses write it: "2014-15". */
    public String path(org.oversight.shared.FinancialYear year) {
        return FinancePaths.year(year);
    }

    /** "8 February 2019"; "" for none. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** "April 2024". */
    public String month(YearMonth month) {
        return month.format(MONTH);
    }

    /** A number with thousands separators, such as 2,864,925. */
    public String count(long number) {
        return String.format(Locale.UK, "%,d", number);
    }

    /** An amount as a form field shows it: plain, without separators; "" for none. */
    public String field(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}

package org.oversight.publication;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.shared.FinancialYear;
import org.oversight.shared.ReportingPeriod;

/**
 * What a publication covers: a financial quarter ("2024/25 Q2", published quarterly) or a financial
 * year ("2024/25", the annual statement). Written as people write it; addressed by its slug
 * ({@code 2024-25-q2}, {@code 2024-25}).
 */
public record PublicationPeriod(FinancialYear year, Integer quarter) {

    private static final Pattern SLUG = Pattern.compile("(\\d{4})-(\\d{2})(?:-q([1-4]))?");

    public PublicationPeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new PublicationRefused("a quarter is 1 to 4, not " + quarter);
        }
    }

    /**
     * Reads "2024/25 Q2" or "2024/25" (a slug such as "2024-25-q2" too); anything else is refused
     * saying what to write.
     */
    public static PublicationPeriod parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher slug = SLUG.matcher(value.toLowerCase(Locale.ROOT));
        if (slug.matches()) {
            value = slug.group(1) + "/" + slug.group(2) + (slug.group(3) == null ? "" : " Q" + slug.group(3));
        }
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(value.replaceFirst("(?i) q", " Q"));
        } catch (IllegalArgumentException e) {
            throw new PublicationRefused(
                    "period: '" + text + "' is not a financial quarter or year: write 2024/25 Q2 or 2024/25");
        }
        if (period instanceof ReportingPeriod.OfQuarter q) {
            return new PublicationPeriod(q.year(), q.quarter());
        }
        if (period instanceof ReportingPeriod.OfFinancialYear y) {
            return new PublicationPeriod(y.year(), null);
        }
        throw new PublicationRefused(
                "period: '" + text + "' is not a financial quarter or year: write 2024/25 Q2 or 2024/25");
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    /** "2024/25 Q2" or "2024/25". */
    public String label() {
        return year + (quarter == null ? "" : " Q" + quarter);
    }

    /** "2024-25-q2" or "2024-25": the period in addresses and snapshot keys. */
    public String slug() {
        return year.toString().replace('/', '-') + (quarter == null ? "" : "-q" + quarter);
    }

    public YearMonth firstMonth() {
        return year.firstMonth().plusMonths(quarter == null ? 0 : 3L * (quarter - 1));
    }

    /** The month the figures run to: the quarter's or the year's last month. */
    public YearMonth lastMonth() {
        return quarter == null ? year.firstMonth().plusMonths(11) : firstMonth().plusMonths(2);
    }

    /** "July to September 2024" or "April 2024 to March 2025". */
    public String words() {
        YearMonth first = firstMonth();
        YearMonth last = lastMonth();
        String firstName = month(first);
        return first.getYear() == last.getYear()
                ? firstName + " to " + month(last) + " " + last.getYear()
                : firstName + " " + first.getYear() + " to " + month(last) + " " + last.getYear();
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    }

    @Override
    public String toString() {
        return label();
    }
}

package org.oversight.stopsearch.web;

import java.time.YearMonth;
import java.util.Optional;
import org.oversight.shared.FinancialYear;

/** The months a view covers, ending with the month chosen. */
public enum Period {
    MONTH("month", "The month"),
    QUARTER("quarter", "Financial quarter to date"),
    YEAR("year", "Financial year to date"),
    ROLLING_12("rolling-12", "Rolling 12 months");

    private final String code;
    private final String words;

    Period(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    /** The first month of the period that ends with {@code to}. */
    YearMonth from(YearMonth to) {
        return switch (this) {
            case MONTH -> to;
            case QUARTER -> to.minusMonths((to.getMonthValue() + 8) % 3);
            case YEAR -> FinancialYear.containing(to).firstMonth();
            case ROLLING_12 -> to.minusMonths(11);
        };
    }

    static Optional<Period> fromCode(String code) {
        for (Period period : values()) {
            if (period.code.equals(code)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}

package org.oversight.finance;

import java.util.Locale;
import java.util.Optional;

/**
 * When a forecast of the year's outturn was made: at the end of the first three financial quarters
 * (Q1 ends in June), and the outturn, the year's final figure.
 */
public enum ForecastPeriod {
    Q1("Q1 forecast", "Forecast at the end of Q1 (June)"),
    Q2("Q2 forecast", "Forecast at the end of Q2 (September)"),
    Q3("Q3 forecast", "Forecast at the end of Q3 (December)"),
    OUTTURN("Outturn", "Outturn (the year's final figures)");

    private final String shortWords;
    private final String words;

    ForecastPeriod(String shortWords, String words) {
        this.shortWords = shortWords;
        this.words = words;
    }

    public String shortWords() {
        return shortWords;
    }

    public String words() {
        return words;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ForecastPeriod> fromSlug(String slug) {
        for (ForecastPeriod period : values()) {
            if (period.slug().equalsIgnoreCase(slug)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}

package org.oversight.decisions.register;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A decision's date as files and forms write it: 08/02/2019 (day first), 2019-02-08 or 8 February 2019. */
public final class DecisionDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d+)");
    private static final DateTimeFormatter IN_WORDS = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMMM uuuu")
            .toFormatter(Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private DecisionDates() {}

    /** The date; throws {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static LocalDate parse(String text) {
        String value = text.strip();
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(value);
            if (dmy.matches()) {
                if (dmy.group(3).length() != 4) {
                    throw new IllegalArgumentException("'" + text + "' has a two-digit year: write the year in full");
                }
                return LocalDate.of(
                        Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            if (value.matches("\\d{1,2} [A-Za-z]+ \\d{4}")) {
                return LocalDate.parse(value, IN_WORDS);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", e);
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a date: write it as dd/mm/yyyy (08/02/2019), 2019-02-08 or 8 February 2019");
    }
}

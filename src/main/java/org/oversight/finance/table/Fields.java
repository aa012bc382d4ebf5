package org.oversight.finance.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.finance.FileProblem;

/**
 * The fields of one row, read and checked: each value that cannot be read adds a problem naming the
 * line, column and field, and reads as null, so that every problem of a file is found in one pass.
 */
public final class Fields {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d+)");
    private static final DateTimeFormatter DAY_MONTH_NAME_YEAR = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMMM uuuu")
            .toFormatter(Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private final TableFile.Row row;
    private final Columns columns;
    private final List<FileProblem> problems;

    public Fields(TableFile.Row row, Columns columns, List<FileProblem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
    }

    public long line() {
        return row.line();
    }

    /** The field's text, stripped; "" when the file has no such column or the cell is empty. */
    public String text(String field) {
        return row.cell(columns.position(field));
    }

    /** The field's text, or null when it is empty. */
    public String optional(String field) {
        String text = text(field);
        return text.isEmpty() ? null : text;
    }

    /** The field's text; a problem when it is empty. */
    public String required(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            problem(field, "is missing");
            return null;
        }
        return text;
    }

    /**
     * An amount in pounds: {@code 1234.56}, {@code 1,234.56}, {@code £1,234.56}, {@code -1234.56} or
     * {@code (1,234.56)} for a negative amount; at most two decimal places.
     */
    public BigDecimal amount(String field, boolean required) {
        String text = text(field);
        if (text.isEmpty()) {
            if (required) {
                problem(field, "is missing");
            }
            return null;
        }
        BigDecimal amount = parseAmount(text);
        if (amount == null) {
            problem(field, "'" + text + "' is not an amount in pounds (write it like 1234.56 or £1,234.56)");
        } else if (amount.scale() > 2) {
            problem(field, "'" + text + "' has more than two decimal places (pence)");
            return null;
        }
        return amount == null ? null : amount.setScale(2);
    }

    /** A percentage as published: {@code 63.7}, {@code 63.7%} or {@code -4.4%}. */
    public BigDecimal percent(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        String number = text.replace('\u2212', '-').replace("%", "").strip();
        if (!AMOUNT.matcher(number).matches()) {
            problem(field, "'" + text + "' is not a percentage (write it like 63.7 or 63.7%)");
            return null;
        }
        return new BigDecimal(number);
    }

    /** A date: {@code 03/04/2018} (day first), {@code 2018-04-03} or {@code 3 April 2018}. */
    public LocalDate date(String field, boolean required) {
        String text = text(field);
        if (text.isEmpty()) {
            if (required) {
                problem(field, "is missing");
            }
            return null;
        }
        try {
            return parseDate(text);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    /** {@code yes}/{@code no} (also {@code y}/{@code n}, {@code true}/{@code false}); empty is no. */
    public boolean yesNo(String field) {
        String text = text(field).toLowerCase(Locale.ROOT);
        switch (text) {
            case "", "no", "n", "false" -> {
                return false;
            }
            case "yes", "y", "true" -> {
                return true;
            }
            default -> {
                problem(field, "'" + text(field) + "' is neither yes nor no");
                return false;
            }
        }
    }

    /** Adds a problem for the field on this row. */
    public void problem(String field, String message) {
        int position = columns.position(field);
        problems.add(new FileProblem(row.line(), position + 1, columns.heading(field), message));
    }

    /** Reads an amount as {@link #amount} does; null when it is not one. Scale as written. */
    public static BigDecimal parseAmount(String text) {
        String value = text.strip().replace('\u2212', '-');
        boolean bracketed = value.startsWith("(") && value.endsWith(")");
        if (bracketed) {
            value = value.substring(1, value.length() - 1).strip();
        }
        boolean negative = value.startsWith("-");
        if (negative) {
            value = value.substring(1).strip();
        }
        if (value.startsWith("£")) {
            value = value.substring(1).strip();
        }
        if (!negative && value.startsWith("-")) {
            negative = true;
            value = value.substring(1).strip();
        }
        if (!value.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")
                && !AMOUNT.matcher(value).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(value.replace(",", ""));
        if (bracketed && negative) {
            return null;
        }
        return bracketed || negative ? amount.negate() : amount;
    }

    /** Reads a date as {@link #date} does; throws with the reason otherwise. */
    public static LocalDate parseDate(String text) {
        String value = text.strip();
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        try {
            if (dmy.matches()) {
                if (dmy.group(3).length() != 4) {
                    throw new IllegalArgumentException(
                            "'" + text + "' has a two-digit year: write the year in full (03/04/2018)");
                }
                return LocalDate.of(
                        Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
            if (value.matches("\\d{1,2} [A-Za-z]+ \\d{4}")) {
                return LocalDate.parse(value, DAY_MONTH_NAME_YEAR);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", e);
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a date: write it as dd/mm/yyyy (03/04/2018), 2018-04-03 or 3 April 2018");
    }
}

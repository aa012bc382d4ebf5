package org.oversight.publication.site;

import java.util.regex.Pattern;
import org.oversight.reports.DocumentFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The parts of a publication address, checked before anything is looked up: a value of the wrong
 * shape names nothing, so it is answered 404 saying what the part should look like.
 */
public final class Addresses {

    private static final Pattern QUARTER = Pattern.compile("latest|\\d{4}-\\d{2}-q[1-4]");
    private static final Pattern YEAR = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern ID = Pattern.compile("[1-9]\\d{0,17}");

    private Addresses() {}

    /** {@code latest} or a quarter's slug, {@code 2024-25-q2}. */
    public static String quarter(String value) {
        return check(value, QUARTER, "a quarter such as 2024-25-q2, or latest");
    }

    /** A year's slug, {@code 2024-25}. */
    public static String year(String value) {
        return check(value, YEAR, "a financial year such as 2024-25");
    }

    /** A quarter, a year or {@code latest}. */
    public static String period(String value) {
        if (value != null && YEAR.matcher(value).matches()) {
            return value;
        }
        return check(value, QUARTER, "a quarter such as 2024-25-q2, a year such as 2024-25, or latest");
    }

    /** A measure's section id, {@code measure-4-6-m3}. */
    public static String measure(String value) {
        return check(value, NAME, "a measure's name such as measure-4-6-m3");
    }

    /** A table's name, {@code measures}. */
    public static String table(String value) {
        return check(value, NAME, "a table's name such as measures");
    }

    /** A snapshot's number. */
    public static long id(String value) {
        return Long.parseLong(check(value, ID, "a version's number"));
    }

    /** {@code pdf}, {@code docx} or {@code html}. */
    public static DocumentFormat format(String value) {
        return switch (value == null ? "" : value) {
            case "pdf" -> DocumentFormat.PDF;
            case "docx" -> DocumentFormat.DOCX;
            case "html" -> DocumentFormat.HTML;
            default -> throw notFound("pdf, docx or html");
        };
    }

    private static String check(String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw notFound(expected);
        }
        return value;
    }

    private static ResponseStatusException notFound(String expected) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "not found: the address should name " + expected);
    }
}

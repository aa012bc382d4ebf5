package org.oversight.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.oversight.audit.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail's filter as its GET form sends it (every part optional): user name, module, words
 * of the object's type or id, the first and last day (as {@code 6/12/2026} or {@code 2026-12-06})
 * and the page. A part that cannot be read is left out of the filter and said in {@link #problems()}.
 */
record AuditFilterForm(String user, String module, String object, String from, String to, String page) {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static AuditFilterForm empty() {
        return new AuditFilterForm(null, null, null, null, null, null);
    }

    /** The filter the form describes, leaving out what could not be read. */
    AuditFilter filter() {
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first != null && last != null && first.isAfter(last)) {
            first = null;
            last = null;
        }
        return new AuditFilter(user, module, object, first, last);
    }

    /** The filter as a link's query (no page): {@code base} with the parts that are filled in. */
    UriComponentsBuilder link(String base) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(base);
        for (String[] part :
                new String[][] {{"user", user}, {"module", module}, {"object", object}, {"from", from}, {"to", to}}) {
            if (!blank(part[1])) {
                link.queryParam(part[0], part[1].strip());
            }
        }
        return link;
    }

    int pageNumber() {
        try {
            return blank(page) ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What could not be read, as the error summary says it, each with its field. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!blank(from) && day(from) == null) {
            problems.add(new Problem("from", "From must be a real date, such as 1/12/2026"));
        }
        if (!blank(to) && day(to) == null) {
            problems.add(new Problem("to", "To must be a real date, such as 6/12/2026"));
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first != null && last != null && first.isAfter(last)) {
            problems.add(new Problem("from", "From must be the same day as To or before it"));
        }
        return problems;
    }

    /** A problem with one field of the form. */
    record Problem(String field, String message) {}

    static LocalDate day(String text) {
        if (blank(text)) {
            return null;
        }
        String day = text.strip();
        try {
            return day.contains("/") ? LocalDate.parse(day, DAY_MONTH_YEAR) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

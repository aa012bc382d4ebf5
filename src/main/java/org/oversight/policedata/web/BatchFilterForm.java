package org.oversight.policedata.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.oversight.policedata.BatchFilter;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The batches page's filter as sent by its GET form (every part optional): force slug, kind slug,
 * first and last month (YYYY-MM) and the page. A part that cannot be read is left out of the filter
 * and said in {@link #problems()}.
 */
record BatchFilterForm(String force, String kind, String from, String to, String page) {

    /** The filter the form describes, leaving out what could not be read. */
    BatchFilter filter() {
        YearMonth first = month(from);
        YearMonth last = month(to);
        if (first != null && last != null && first.isAfter(last)) {
            first = null;
            last = null;
        }
        return new BatchFilter(
                blank(force) ? null : force,
                blank(kind) ? null : PoliceDataKind.fromSlug(kind).orElse(null),
                first,
                last);
    }

    /** The batches page with this filter (and no page), to which pages' numbers are added. */
    UriComponentsBuilder link() {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/police-data");
        for (String[] part : new String[][] {{"force", force}, {"kind", kind}, {"from", from}, {"to", to}}) {
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

    /** What could not be read, as an error summary says it, each with the field it belongs to. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!blank(kind) && PoliceDataKind.fromSlug(kind).isEmpty()) {
            problems.add(new Problem("kind", "Kind must be street, outcomes or stop-and-search; all kinds are shown"));
        }
        if (!blank(from) && month(from) == null) {
            problems.add(new Problem("from", "From must be a month such as 2015-04; all months are shown"));
        }
        if (!blank(to) && month(to) == null) {
            problems.add(new Problem("to", "To must be a month such as 2015-04; all months are shown"));
        }
        YearMonth first = month(from);
        YearMonth last = month(to);
        if (first != null && last != null && first.isAfter(last)) {
            problems.add(new Problem("from", "From must be the same as or before To; all months are shown"));
        }
        return problems;
    }

    record Problem(String field, String message) {}

    private static YearMonth month(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

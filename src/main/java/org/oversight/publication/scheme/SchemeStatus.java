package org.oversight.publication.scheme;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.publication.PublicationPeriod;
import org.oversight.publication.PublishedSnapshot;
import org.oversight.shared.FinancialYear;

/**
 * One row of the publication scheme checklist: the item, when it was last released (for which
 * period), and whether it is up to date or overdue, by the rules of ADR 0022: a quarter is due by the
 * end of the third month after it; a year by the end of September after it; an item never released is
 * overdue once the latest period due has passed its date.
 *
 * @param status {@code up-to-date}, {@code overdue}, {@code live} (a live page of Oversight) or
 *     {@code elsewhere} (the office publishes it outside Oversight)
 */
public record SchemeStatus(SchemeItem item, String status, String lastPublished, String words) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The checklist on a day, from every release. */
    public static List<SchemeStatus> checklist(List<PublishedSnapshot> releases, LocalDate today) {
        return SchemeItem.ALL.stream().map(item -> of(item, releases, today)).toList();
    }

    static SchemeStatus of(SchemeItem item, List<PublishedSnapshot> releases, LocalDate today) {
        if (item.kind() == null) {
            return item.livePage() != null
                    ? new SchemeStatus(
                            item, "live", null, "Published by Oversight as it changes, at " + item.livePage())
                    : new SchemeStatus(
                            item, "elsewhere", null, "Not published by Oversight: the office publishes it elsewhere");
        }
        Optional<PublishedSnapshot> last = releases.stream()
                .filter(r -> r.kind().equals(item.kind()))
                .max(Comparator.comparing(PublishedSnapshot::periodSlug));
        PublicationPeriod due = latestDue(item.cadence(), today);
        String lastWords = last.map(r -> r.periodCode() + ", published "
                        + DAY.format(r.releasedAt().atZone(java.time.ZoneId.of("Europe/London"))))
                .orElse(null);
        boolean upToDate = last.isPresent()
                && PublicationPeriod.parse(last.get().periodSlug()).lastMonth().compareTo(due.lastMonth()) >= 0;
        if (upToDate) {
            PublicationPeriod next = next(PublicationPeriod.parse(last.get().periodSlug()));
            return new SchemeStatus(
                    item,
                    "up-to-date",
                    lastWords,
                    "Up to date: " + next.label() + " is due by " + DAY.format(deadline(next)));
        }
        return new SchemeStatus(
                item,
                "overdue",
                lastWords,
                "Overdue: " + due.label() + " was due by " + DAY.format(deadline(due))
                        + (last.isEmpty() ? " and nothing has been published yet" : ""));
    }

    /** The day by which a period must be published. */
    static LocalDate deadline(PublicationPeriod period) {
        YearMonth month = period.isQuarter()
                ? period.lastMonth().plusMonths(3)
                : period.lastMonth().plusMonths(6);
        return month.atEndOfMonth();
    }

    /** The latest period whose deadline has passed by {@code today}. */
    static PublicationPeriod latestDue(SchemeItem.Cadence cadence, LocalDate today) {
        FinancialYear year = FinancialYear.containing(today);
        if (cadence == SchemeItem.Cadence.ANNUAL) {
            PublicationPeriod candidate = new PublicationPeriod(year, null);
            while (!deadline(candidate).isBefore(today)) {
                candidate = new PublicationPeriod(candidate.year().previous(), null);
            }
            return candidate;
        }
        PublicationPeriod candidate = new PublicationPeriod(year, 4);
        while (!deadline(candidate).isBefore(today)) {
            candidate = previousQuarter(candidate);
        }
        return candidate;
    }

    private static PublicationPeriod previousQuarter(PublicationPeriod quarter) {
        return quarter.quarter() == 1
                ? new PublicationPeriod(quarter.year().previous(), 4)
                : new PublicationPeriod(quarter.year(), quarter.quarter() - 1);
    }

    private static PublicationPeriod next(PublicationPeriod period) {
        if (!period.isQuarter()) {
            return new PublicationPeriod(period.year().next(), null);
        }
        return period.quarter() == 4
                ? new PublicationPeriod(period.year().next(), 1)
                : new PublicationPeriod(period.year(), period.quarter() + 1);
    }
}

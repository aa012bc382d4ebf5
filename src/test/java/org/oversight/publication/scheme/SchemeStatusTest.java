package org.oversight.publication.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.publication.PublicationPeriod;
import org.oversight.publication.PublishedSnapshot;

/** The publication scheme's overdue rules, worked by hand on fixed days. */
class SchemeStatusTest {

    private static final SchemeItem PERFORMANCE = item("performance");
    private static final SchemeItem ANNUAL = item("annual-report");

    private static SchemeItem item(String id) {
        return SchemeItem.ALL.stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static PublishedSnapshot released(String kind, String period, String at) {
        PublicationPeriod p = PublicationPeriod.parse(period);
        return new PublishedSnapshot(1, kind, p.slug(), 1, p.label(), p.slug(), "ada", Instant.parse(at));
    }

    @Test
    void aQuarterIsDueByTheEndOfTheThirdMonthAfterIt() {
        assertThat(SchemeStatus.deadline(PublicationPeriod.parse("2024/25 Q2"))).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(SchemeStatus.deadline(PublicationPeriod.parse("2024/25 Q4"))).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aYearIsDueByTheEndOfSeptemberAfterIt() {
        assertThat(SchemeStatus.deadline(PublicationPeriod.parse("2024/25"))).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void theLatestQuarterDueIsTheOneWhoseDeadlineHasPassed() {
        // On 31 December 2024 Q2's deadline is today, not passed: Q1 (due 30 September) is the latest due.
        assertThat(SchemeStatus.latestDue(SchemeItem.Cadence.QUARTERLY, LocalDate.of(2024, 12, 31))
                        .label())
                .isEqualTo("2024/25 Q1");
        assertThat(SchemeStatus.latestDue(SchemeItem.Cadence.QUARTERLY, LocalDate.of(2025, 1, 1))
                        .label())
                .isEqualTo("2024/25 Q2");
        // In May 2025 the latest quarter due is 2024/25 Q3 (due 31 March 2025).
        assertThat(SchemeStatus.latestDue(SchemeItem.Cadence.QUARTERLY, LocalDate.of(2025, 5, 15))
                        .label())
                .isEqualTo("2024/25 Q3");
    }

    @Test
    void aQuarterPublishedUpToTheLatestDueIsUpToDateAndSaysWhenTheNextIsDue() {
        SchemeStatus status = SchemeStatus.of(
                PERFORMANCE,
                List.of(released("publication", "2024/25 Q2", "2024-11-20T10:00:00Z")),
                LocalDate.of(2025, 1, 10));

        assertThat(status.status()).isEqualTo("up-to-date");
        assertThat(status.lastPublished()).isEqualTo("2024/25 Q2, published 20 November 2024");
        assertThat(status.words()).isEqualTo("Up to date: 2024/25 Q3 is due by 31 March 2025");
    }

    @Test
    void aQuarterNotPublishedByItsDeadlineIsOverdue() {
        SchemeStatus status = SchemeStatus.of(
                PERFORMANCE,
                List.of(released("publication", "2024/25 Q1", "2024-08-20T10:00:00Z")),
                LocalDate.of(2025, 1, 10));

        assertThat(status.status()).isEqualTo("overdue");
        assertThat(status.words()).isEqualTo("Overdue: 2024/25 Q2 was due by 31 December 2024");
    }

    @Test
    void anItemNeverPublishedIsOverdueSayingSo() {
        SchemeStatus status = SchemeStatus.of(ANNUAL, List.of(), LocalDate.of(2025, 10, 1));

        assertThat(status.status()).isEqualTo("overdue");
        assertThat(status.words())
                .isEqualTo("Overdue: 2024/25 was due by 30 September 2025 and nothing has been published yet");
    }

    @Test
    void onlyReleasesOfTheItemsOwnKindCount() {
        SchemeStatus status = SchemeStatus.of(
                item("national-measures"),
                List.of(released("publication", "2024/25 Q2", "2024-11-20T10:00:00Z")),
                LocalDate.of(2025, 1, 10));

        assertThat(status.status()).isEqualTo("overdue");
    }

    @Test
    void itemsOversightDoesNotReleaseAreNotJudged() {
        assertThat(SchemeStatus.of(item("inspections"), List.of(), LocalDate.of(2025, 1, 10))
                        .status())
                .isEqualTo("elsewhere");
        assertThat(SchemeStatus.of(item("decisions"), List.of(), LocalDate.of(2025, 1, 10))
                        .words())
                .isEqualTo("Published by Oversight as it changes, at /public/decisions");
    }
}

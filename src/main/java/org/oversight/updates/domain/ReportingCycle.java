package org.oversight.updates.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reporting cycle of a plan version ("December 2014 Board"): the period reported on, the
 * submission deadline and the meeting it feeds. {@code example} marks the example data.
 */
@Table(schema = "updates", name = "reporting_cycle")
public record ReportingCycle(
        @Id Long id,
        String planKey,
        String versionLabel,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate deadline,
        LocalDate meetingOn,
        String meetingName,
        String note,
        boolean example,
        String openedBy,
        Instant openedAt,
        @Version Integer version) {

    public ReportingCycle {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: enter the cycle's name, such as 'December 2014 Board'");
        }
        if (name.length() > 120) {
            throw new IllegalArgumentException("name: at most 120 characters");
        }
        if (periodStart == null || periodEnd == null) {
            throw new IllegalArgumentException("period: enter the first and last day of the period reported on");
        }
        if (periodStart.isAfter(periodEnd)) {
            throw new IllegalArgumentException("period: the period ends before it starts");
        }
        if (deadline == null) {
            throw new IllegalArgumentException("deadline: enter the date updates must be submitted by");
        }
        if (meetingOn != null && meetingOn.isBefore(deadline)) {
            throw new IllegalArgumentException("meeting: the meeting is before the submission deadline");
        }
    }
}

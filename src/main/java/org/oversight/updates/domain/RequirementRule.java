package org.oversight.updates.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oversight.plan.ReportingCadence;
import org.oversight.updates.UpdateStatus;

/**
 * Works out whether a commitment's update is due in a cycle, from its reporting cadence and its
 * earlier cycles (ADR 0015): deferred to this cycle → due; last accepted update complete → not
 * required; no cadence or no accepted update → due; otherwise due when at least the cadence's
 * interval has passed from the end of the period of the last accepted update to the end of this
 * cycle's period.
 */
public final class RequirementRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private RequirementRule() {}

    /** The same commitment in an earlier cycle of the plan. */
    public record Earlier(
            String cycleName,
            LocalDate periodEnd,
            Requirement requirement,
            String deferredTo,
            Workflow workflow,
            UpdateStatus status) {}

    /** What the rule decided, and why, in words for the analyst and the lead. */
    public record Decision(Requirement requirement, String reason) {}

    /** Months between two updates for a cadence. */
    public static int intervalMonths(ReportingCadence cadence) {
        return switch (cadence) {
            case MONTHLY -> 1;
            case QUARTERLY, QUARTERLY_UNTIL_COMPLETE -> 3;
            case SIX_MONTHLY -> 6;
            case ANNUAL -> 12;
        };
    }

    public static Decision decide(
            ReportingCadence cadence, String cycleName, LocalDate periodEnd, List<Earlier> earlierCycles) {
        List<Earlier> before = earlierCycles.stream()
                .filter(earlier -> earlier.periodEnd().isBefore(periodEnd))
                .sorted(Comparator.comparing(Earlier::periodEnd))
                .toList();
        Optional<Earlier> deferredHere = before.stream()
                .filter(earlier -> earlier.requirement() == Requirement.DEFERRED)
                .filter(earlier -> cycleName.equals(earlier.deferredTo())
                        || (earlier.deferredTo() == null && earlier == before.get(before.size() - 1)))
                .reduce((first, second) -> second);
        if (deferredHere.isPresent()) {
            return new Decision(
                    Requirement.DUE,
                    "Deferred to this cycle by " + deferredHere.get().cycleName() + ".");
        }
        Optional<Earlier> lastAccepted = before.stream()
                .filter(earlier -> earlier.workflow() == Workflow.ACCEPTED)
                .reduce((first, second) -> second);
        if (lastAccepted.isPresent() && lastAccepted.get().status() == UpdateStatus.COMPLETE) {
            return new Decision(
                    Requirement.NOT_REQUIRED,
                    "Reported complete in " + lastAccepted.get().cycleName() + ": no further update is needed.");
        }
        if (cadence == null) {
            return new Decision(
                    Requirement.DUE, "The plan names no reporting cadence, so an update is asked for every cycle.");
        }
        if (lastAccepted.isEmpty()) {
            return new Decision(
                    Requirement.DUE, cadence.words() + ": no update has been accepted in an earlier cycle.");
        }
        Earlier last = lastAccepted.get();
        int interval = intervalMonths(cadence);
        long months = ChronoUnit.MONTHS.between(YearMonth.from(last.periodEnd()), YearMonth.from(periodEnd));
        String since =
                "the last accepted update, in " + last.cycleName() + ", reported to " + DAY.format(last.periodEnd());
        if (months >= interval) {
            return new Decision(Requirement.DUE, cadence.words() + ": " + since + ".");
        }
        return new Decision(
                Requirement.NOT_REQUIRED,
                cadence.words() + ": " + since + "; the next is due for the period to "
                        + MONTH.format(YearMonth.from(last.periodEnd()).plusMonths(interval)) + ".");
    }
}

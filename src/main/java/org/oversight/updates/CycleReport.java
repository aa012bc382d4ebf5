package org.oversight.updates;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting cycle as a board report reads it: what it covered and, for each commitment in the
 * plan's order, where it stood on a day and the accepted update (only an accepted update is
 * reported; a draft or a submission under review is not).
 *
 * @param example whether the cycle is example data
 * @param note the cycle's note (for example data: where it came from)
 */
public record CycleReport(
        String planKey,
        String versionLabel,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate deadline,
        LocalDate meetingOn,
        String meetingName,
        boolean example,
        String note,
        List<Item> items) {

    public CycleReport {
        items = List.copyOf(items);
    }

    /**
     * A commitment in the cycle.
     *
     * @param leads the lead names, one each
     * @param cadence the reporting cadence in the plan's words ("Quarterly"), or null
     * @param reportedLeadLine the lead line as the users wrote it ("Lead ACC Local Policing – 6 monthly"), or null
     * @param state where it stood on the day asked for (due, overdue, accepted, not required …)
     * @param requirementReason why an update was or was not required, in words ("Not required", "To be
     *     included next Quarter" …)
     * @param narrative the accepted update (Markdown), or null when none was accepted
     * @param status the lead's judgement of progress in the accepted update, or null
     */
    public record Item(
            String ref,
            String objectiveNumber,
            String objectiveTitle,
            String commitmentText,
            List<String> leads,
            String cadence,
            String reportedLeadLine,
            UpdateState state,
            String requirementReason,
            String narrative,
            UpdateStatus status) {

        public Item {
            leads = List.copyOf(leads);
        }
    }
}

package org.oversight.board.tracker;

import java.time.LocalDate;

/**
 * When an action is overdue: it is still outstanding (open or in progress) and the day it was due
 * is before the day asked about (the meeting's date in its report, today on the tracker). An action
 * due on the day itself is not yet overdue.
 */
public final class OverdueActions {

    private OverdueActions() {}

    public static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate onDay) {
        return status.outstanding() && dueOn.isBefore(onDay);
    }

    /**
     * Whether an action belongs on a meeting's tracker: set at an earlier meeting (or this one) and,
     * if finished, finished since the previous meeting (so the Board sees it close once).
     */
    public static boolean onTracker(
            LocalDate setAt, ActionStatus status, LocalDate closedOn, LocalDate meetingOn, LocalDate previousMeeting) {
        if (setAt.isAfter(meetingOn)) {
            return false;
        }
        if (status.outstanding()) {
            return true;
        }
        return closedOn != null
                && (previousMeeting == null || closedOn.isAfter(previousMeeting))
                && !closedOn.isAfter(meetingOn);
    }
}

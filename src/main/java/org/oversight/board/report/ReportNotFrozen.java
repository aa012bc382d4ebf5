package org.oversight.board.report;

import java.util.Optional;
import org.oversight.board.meeting.Meeting;
import org.oversight.reports.Snapshot;

/** A frozen report was asked for, and the meeting has none (only a draft, or nothing yet). */
public class ReportNotFrozen extends RuntimeException {

    public ReportNotFrozen(Meeting meeting, Optional<Snapshot> latest) {
        super("the report of the meeting of " + meeting.meetingOn() + " (" + meeting.planKey() + ") "
                + latest.map(s -> "is a draft (version " + s.version() + "): an analyst must freeze it before it is"
                                + " issued; it is not frozen on the way")
                        .orElse("has not been drafted yet"));
    }
}

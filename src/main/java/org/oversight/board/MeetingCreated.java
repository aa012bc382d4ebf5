package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** A Board meeting was created. */
public record MeetingCreated(String planKey, java.time.LocalDate meetingOn, String name, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "meeting-created";
    }

    @Override
    public String objectType() {
        return "board-meeting";
    }

    @Override
    public String objectId() {
        return planKey + "/" + meetingOn;
    }

    @Override
    public String summary() {
        return "Board meeting of " + meetingOn + " (" + name + ") created by " + by;
    }
}

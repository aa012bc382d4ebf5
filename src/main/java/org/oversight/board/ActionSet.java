package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** The Board set an action. */
public record ActionSet(
        long actionId, String planKey, java.time.LocalDate meetingOn, String owner, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "action-set";
    }

    @Override
    public String objectType() {
        return "board-action";
    }

    @Override
    public String objectId() {
        return String.valueOf(actionId);
    }

    @Override
    public String summary() {
        return "Action set for " + owner + " at the meeting of " + meetingOn + " by " + by;
    }
}

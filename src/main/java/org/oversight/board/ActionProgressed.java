package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** Progress on an action was noted (and its status changed or kept). */
public record ActionProgressed(long actionId, String status, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "action-progressed";
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
        return "Action " + actionId + " noted as " + status + " by " + by;
    }
}

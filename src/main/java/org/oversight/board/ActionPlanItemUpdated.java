package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** Progress on a summit action plan's action was updated. */
public record ActionPlanItemUpdated(String plan, int position, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "action-plan-item-updated";
    }

    @Override
    public String objectType() {
        return "action-plan-item";
    }

    @Override
    public String objectId() {
        return plan + "/" + position;
    }

    @Override
    public String summary() {
        return "Progress on action " + position + " of " + plan + " updated by " + by;
    }
}

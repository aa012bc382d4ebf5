package org.oversight.board;

import org.oversight.shared.AuditedChange;

/** The example summit action plans were loaded. */
public record ActionPlansLoaded(int plans, int actions, String by) implements AuditedChange {

    @Override
    public String module() {
        return "board";
    }

    @Override
    public String action() {
        return "action-plans-loaded";
    }

    @Override
    public String objectType() {
        return "action-plan";
    }

    @Override
    public String objectId() {
        return "example";
    }

    @Override
    public String summary() {
        return "Example action plans loaded (" + plans + " plans, " + actions + " actions) by " + by;
    }
}

package org.oversight.decisions;

import org.oversight.shared.AuditedChange;

/** A decision was removed from the register (with its notice). */
public record DecisionRemoved(String number, String title, String by, String before) implements AuditedChange {

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public String action() {
        return "decision-removed";
    }

    @Override
    public String objectType() {
        return "decision";
    }

    @Override
    public String objectId() {
        return number;
    }

    @Override
    public String summary() {
        return "Removed decision " + number + " (" + title + ") from the register.";
    }
}

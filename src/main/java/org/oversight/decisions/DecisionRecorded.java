package org.oversight.decisions;

import org.oversight.shared.AuditedChange;

/** A decision was added to the register or changed. */
public record DecisionRecorded(String number, String title, boolean added, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public String action() {
        return added ? "decision-added" : "decision-changed";
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
        return (added ? "Added decision " : "Changed decision ") + number + " (" + title + ")"
                + (added ? " to the register." : ".");
    }
}

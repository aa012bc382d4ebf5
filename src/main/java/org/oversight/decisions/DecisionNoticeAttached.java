package org.oversight.decisions;

import org.oversight.shared.AuditedChange;

/** A decision notice was attached to a decision (replacing any earlier one). */
public record DecisionNoticeAttached(String number, String fileName, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public String action() {
        return "decision-notice-attached";
    }

    @Override
    public String objectType() {
        return "decision-notice";
    }

    @Override
    public String objectId() {
        return number;
    }

    @Override
    public String summary() {
        return "Attached the decision notice " + fileName + " to decision " + number + ".";
    }
}

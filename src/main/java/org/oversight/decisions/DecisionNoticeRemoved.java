package org.oversight.decisions;

import org.oversight.shared.AuditedChange;

/** A decision's notice was removed. */
public record DecisionNoticeRemoved(String number, String fileName, String by, String before) implements AuditedChange {

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public String action() {
        return "decision-notice-removed";
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
        return "Removed the decision notice " + fileName + " from decision " + number + ".";
    }
}

package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A lead submitted their update for review. */
public record UpdateSubmitted(String planKey, String cycle, String ref, String by, String status, String narrative)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "update-submitted";
    }

    @Override
    public String objectType() {
        return "update";
    }

    @Override
    public String objectId() {
        return planKey + "/" + cycle + "/" + ref;
    }

    @Override
    public String summary() {
        return "Update on " + ref + " in " + cycle + " submitted by " + by + " (" + status + ")";
    }

    @Override
    public String after() {
        return "status=" + status + "\\n" + narrative;
    }
}

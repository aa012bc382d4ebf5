package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** An analyst accepted a submitted update. */
public record UpdateAccepted(String planKey, String cycle, String ref, String by) implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "update-accepted";
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
        return "Update on " + ref + " in " + cycle + " accepted by " + by;
    }
}

package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A lead removed an evidence file from their update. */
public record EvidenceRemoved(String planKey, String cycle, String ref, String by, String fileName)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "evidence-removed";
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
        return "Evidence " + fileName + " removed from " + ref + " in " + cycle + " by " + by;
    }

    @Override
    public String before() {
        return fileName;
    }
}

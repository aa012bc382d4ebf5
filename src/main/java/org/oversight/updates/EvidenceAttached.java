package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A lead attached an evidence file to their update. */
public record EvidenceAttached(String planKey, String cycle, String ref, String by, String fileName, String sha256)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "evidence-attached";
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
        return "Evidence " + fileName + " attached to " + ref + " in " + cycle + " by " + by;
    }

    @Override
    public String after() {
        return fileName + " sha256=" + sha256;
    }
}

package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A lead saved a draft of their update (drafts are not part of the update's history). */
public record UpdateDraftSaved(String planKey, String cycle, String ref, String by) implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "update-draft-saved";
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
        return "Draft update on " + ref + " in " + cycle + " saved by " + by;
    }
}

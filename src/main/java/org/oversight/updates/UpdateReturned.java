package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** An analyst returned a submitted update to its lead with a comment. */
public record UpdateReturned(String planKey, String cycle, String ref, String by, String comment)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "update-returned";
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
        return "Update on " + ref + " in " + cycle + " returned by " + by + ": " + comment;
    }

    @Override
    public String after() {
        return comment;
    }
}

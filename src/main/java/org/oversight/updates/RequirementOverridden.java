package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** An analyst overrode whether an update is required this cycle, with a reason. */
public record RequirementOverridden(String planKey, String cycle, String ref, String by, String before, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "requirement-overridden";
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
        return "Requirement of " + ref + " in " + cycle + " overridden by " + by + ": " + after;
    }

    @Override
    public String before() {
        return before;
    }

    @Override
    public String after() {
        return after;
    }
}

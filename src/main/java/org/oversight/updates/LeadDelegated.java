package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** A lead was delegated to a deputy for one cycle . */
public record LeadDelegated(String planKey, String cycle, String by, String lead, String deputy)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "lead-delegated";
    }

    @Override
    public String objectType() {
        return "lead-delegation";
    }

    @Override
    public String objectId() {
        return planKey + "/" + cycle + "/" + lead;
    }

    @Override
    public String summary() {
        return "Lead " + lead + " delegated to " + deputy + " for " + cycle + " by " + by;
    }
}

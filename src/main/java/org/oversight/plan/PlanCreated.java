package org.oversight.plan;

import org.oversight.shared.AuditedChange;

/** A plan was created, in the browser with its first empty version or by importing a plan file. */
public record PlanCreated(String planKey, String title, String after, String by) implements AuditedChange {

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return "plan-created";
    }

    @Override
    public String objectType() {
        return "plan";
    }

    @Override
    public String objectId() {
        return planKey;
    }

    @Override
    public String summary() {
        return "Plan " + planKey + " created: " + title;
    }
}

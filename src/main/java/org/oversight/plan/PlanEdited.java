package org.oversight.plan;

import org.oversight.shared.AuditedChange;

/** A plan's own details (title, force, issuer, term, source) changed; {@code before} and {@code after} are JSON. */
public record PlanEdited(String planKey, String before, String after, String by) implements AuditedChange {

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return "plan-edited";
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
        return "Plan " + planKey + ": its details were changed";
    }
}

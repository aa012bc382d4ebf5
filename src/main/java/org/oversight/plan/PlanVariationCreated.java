package org.oversight.plan;

import org.oversight.shared.AuditedChange;

/** A new version of a plan (a variation) was started as a copy of an earlier one. */
public record PlanVariationCreated(String planKey, String fromLabel, String versionLabel, String after, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return "variation-created";
    }

    @Override
    public String objectType() {
        return "plan-version";
    }

    @Override
    public String objectId() {
        return planKey + "/" + versionLabel;
    }

    @Override
    public String summary() {
        return "Variation " + versionLabel + " of plan " + planKey + " started as a copy of " + fromLabel;
    }
}

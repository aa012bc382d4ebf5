package org.oversight.updates;

import org.oversight.shared.AuditedChange;

/** An analyst opened a reporting cycle for a plan version; its items' requirements were worked out. */
public record CycleOpened(String planKey, String versionLabel, String name, String by, String after)
        implements AuditedChange {

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public String action() {
        return "cycle-opened";
    }

    @Override
    public String objectType() {
        return "reporting-cycle";
    }

    @Override
    public String objectId() {
        return planKey + "/" + name;
    }

    @Override
    public String after() {
        return after;
    }

    @Override
    public String summary() {
        return "Reporting cycle '" + name + "' opened for " + planKey + " " + versionLabel + " by " + by;
    }
}

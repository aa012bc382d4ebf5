package org.oversight.plan;

import org.oversight.shared.AuditedChange;

/**
 * A plan version was imported from a plan file: created, or (when {@code before} is not null)
 * replaced in place by a different content. {@code before} and {@code after} are the whole version
 * as JSON: its details, objectives, commitments and measures.
 */
public record PlanVersionImported(
        String planKey, String versionLabel, String fileName, String before, String after, String by)
        implements AuditedChange {

    @Override
    public String module() {
        return "plan";
    }

    @Override
    public String action() {
        return before == null ? "version-imported" : "version-reimported";
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
        return "Version " + versionLabel + " of plan " + planKey + (before == null ? " imported" : " replaced")
                + " from " + fileName;
    }
}

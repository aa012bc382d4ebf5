package org.oversight.plan.domain;

import java.util.List;

/** What importing a plan file did, version by version. */
public record PlanImportResult(String planKey, String title, boolean planCreated, List<VersionOutcome> versions) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record VersionOutcome(String label, Outcome outcome, int objectives, int commitments, int measures) {}
}

package org.oversight.plan;

import java.util.List;

/**
 * A commitment of a plan version as other modules see it: where it sits (objective number and
 * title, its place in the plan), its ref, text, leads and reporting cadence ({@code null} when the
 * plan names none).
 */
public record PlanCommitment(
        String planKey,
        String versionLabel,
        int objectiveOrder,
        String objectiveNumber,
        String objectiveTitle,
        int order,
        String ref,
        String text,
        List<String> leads,
        ReportingCadence cadence) {

    public PlanCommitment {
        leads = leads == null ? List.of() : List.copyOf(leads);
    }
}

package org.oversight.updates.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.oversight.updates.UpdateStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One commitment in a cycle: a copy of the commitment as the plan version stated it when the cycle
 * opened (so later plan edits do not rewrite the cycle), whether an update is required and why, and
 * the lead's current update (narrative, status) with where it is in its round. Leads are kept one
 * per line; {@code reportedLeadLine} is the lead line as the users wrote it (example data).
 */
@Table(schema = "updates", name = "cycle_item")
public record CycleItem(
        @Id Long id,
        Long cycleId,
        int position,
        String commitmentRef,
        String objectiveNumber,
        String objectiveTitle,
        String commitmentText,
        @Column("leads") String leadLines,
        String cadence,
        String reportedLeadLine,
        Requirement requirement,
        String requirementReason,
        Requirement computedRequirement,
        String computedReason,
        String deferredTo,
        String overriddenBy,
        Instant overriddenAt,
        Workflow workflow,
        String narrative,
        UpdateStatus status,
        String savedBy,
        Instant savedAt,
        @Version Integer version) {

    public List<String> leads() {
        return leadLines == null || leadLines.isBlank() ? List.of() : Arrays.asList(leadLines.split("\n"));
    }

    public boolean overridden() {
        return overriddenBy != null;
    }

    CycleItem withRequirement(Requirement newRequirement, String reason, String newDeferredTo, String by, Instant at) {
        return new CycleItem(
                id,
                cycleId,
                position,
                commitmentRef,
                objectiveNumber,
                objectiveTitle,
                commitmentText,
                leadLines,
                cadence,
                reportedLeadLine,
                newRequirement,
                reason,
                computedRequirement,
                computedReason,
                newDeferredTo,
                by,
                at,
                workflow,
                narrative,
                status,
                savedBy,
                savedAt,
                version);
    }

    CycleItem withUpdate(Workflow newWorkflow, String newNarrative, UpdateStatus newStatus, String by, Instant at) {
        return new CycleItem(
                id,
                cycleId,
                position,
                commitmentRef,
                objectiveNumber,
                objectiveTitle,
                commitmentText,
                leadLines,
                cadence,
                reportedLeadLine,
                requirement,
                requirementReason,
                computedRequirement,
                computedReason,
                deferredTo,
                overriddenBy,
                overriddenAt,
                newWorkflow,
                newNarrative,
                newStatus,
                by,
                at,
                version);
    }

    CycleItem withWorkflow(Workflow newWorkflow) {
        return withUpdate(newWorkflow, narrative, status, savedBy, savedAt);
    }
}

package org.oversight.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a plan (the 2013-14 plan, its 2014-15 variation): the aggregate analysts edit.
 * {@code version} is the optimistic lock: an edit made from an older copy is refused.
 */
@Table(schema = "plan", name = "plan_version")
public record PlanVersion(
        @Id Long id,
        AggregateReference<Plan, Long> planId,
        String label,
        LocalDate issuedOn,
        String variationOf,
        String note,
        @MappedCollection(idColumn = "plan_version", keyColumn = "plan_version_key") List<Objective> objectives,
        @Version Integer version,
        Instant updatedAt,
        String updatedBy) {

    public PlanVersion {
        Plan.require(label, "label");
        if (!label.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*") || label.length() > 40) {
            throw new PlanRuleViolation(
                    "label", "use letters, digits, spaces, '.', '_' or '-' (at most 40), such as 2014-15");
        }
        if (label.equals(variationOf)) {
            throw new PlanRuleViolation("variationOf", "a version cannot be a variation of itself");
        }
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        checkUnique(objectives);
    }

    private static void checkUnique(List<Objective> objectives) {
        Set<String> numbers = new HashSet<>();
        Set<String> commitmentRefs = new HashSet<>();
        Set<String> measureRefs = new HashSet<>();
        for (Objective objective : objectives) {
            if (objective.number() != null && !numbers.add(objective.number())) {
                throw new PlanRuleViolation("number", "objective number " + objective.number() + " is used twice");
            }
            for (Commitment commitment : objective.commitments()) {
                if (commitment.ref() != null && !commitmentRefs.add(commitment.ref())) {
                    throw new PlanRuleViolation("ref", "commitment ref " + commitment.ref() + " is used twice");
                }
            }
            for (Measure measure : objective.measures()) {
                if (measure.ref() != null && !measureRefs.add(measure.ref())) {
                    throw new PlanRuleViolation("ref", "measure ref " + measure.ref() + " is used twice");
                }
            }
        }
    }

    /** A new version; its label must have the shape {@link PlanNames} gives. */
    public static PlanVersion create(
            long planId,
            String label,
            LocalDate issuedOn,
            String variationOf,
            String note,
            List<Objective> objectives) {
        PlanNames.checkLabel(label);
        return new PlanVersion(
                null, AggregateReference.to(planId), label, issuedOn, variationOf, note, objectives, null, null, null);
    }

    /** The same content under this (stored) version's identity: how a re-import updates in place. */
    public PlanVersion replacedBy(PlanVersion incoming) {
        return new PlanVersion(
                id,
                planId,
                label,
                incoming.issuedOn,
                incoming.variationOf,
                incoming.note,
                incoming.objectives,
                version,
                updatedAt,
                updatedBy);
    }

    /** The version with a new header; a new label must have the shape {@link PlanNames} gives. */
    public PlanVersion withHeader(String label, LocalDate issuedOn, String variationOf, String note) {
        if (!label.equals(this.label)) {
            PlanNames.checkLabel(label);
        }
        return new PlanVersion(
                id, planId, label, issuedOn, variationOf, note, objectives, version, updatedAt, updatedBy);
    }

    public PlanVersion withObjective(int index, Objective objective) {
        return withObjectives(Objective.replace(objectives, index, objective));
    }

    public PlanVersion withoutObjective(int index) {
        return withObjectives(Objective.remove(objectives, index));
    }

    public PlanVersion withObjectives(List<Objective> objectives) {
        return new PlanVersion(
                id, planId, label, issuedOn, variationOf, note, objectives, version, updatedAt, updatedBy);
    }

    /** This version as last read by the editor: saving it fails when the stored version has moved on. */
    public PlanVersion asOf(int expectedVersion) {
        return new PlanVersion(
                id, planId, label, issuedOn, variationOf, note, objectives, expectedVersion, updatedAt, updatedBy);
    }

    public PlanVersion stamped(Instant at, String by) {
        return new PlanVersion(id, planId, label, issuedOn, variationOf, note, objectives, version, at, by);
    }

    /** A new version with the same content, to be varied (the 2014-15 variation of the 2013-14 plan). */
    public PlanVersion variation(String newLabel, LocalDate issuedOn) {
        PlanNames.checkLabel(newLabel);
        return new PlanVersion(null, planId, newLabel, issuedOn, label, null, objectives, null, null, null);
    }

    public Objective objective(int index) {
        if (index < 0 || index >= objectives.size()) {
            throw new PlanRuleViolation("objective", "there is no objective " + (index + 1) + " in " + label);
        }
        return objectives.get(index);
    }
}

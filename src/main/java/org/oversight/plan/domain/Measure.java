package org.oversight.plan.domain;

import java.util.ArrayList;
import java.util.List;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How the plan will measure success: the text as written, its direction of improvement, unit and
 * target. The target is stored as JSON in the plan file's own vocabulary.
 *
 * <p>Where a target is not entirely the plan's own words it says so: {@code baselineInferred} tells
 * how a baseline the plan does not state was inferred, and {@code targetFromCommitment} says that
 * the target's figure comes from the commitment text rather than from the measure.
 *
 * <p>{@code indicator} is the code of the indicator the measure reads (the performance module owns
 * indicators); {@code noIndicatorReason} says instead why no indicator can serve it. At most one.
 */
@Table(schema = "plan", name = "measure")
public record Measure(
        String ref,
        String heading,
        String text,
        ImprovementDirection direction,
        MeasureUnit unit,
        @Column("leads") String leadLines,
        @Column("target") String targetJson,
        String baselineInferred,
        boolean targetFromCommitment,
        String indicator,
        String noIndicatorReason) {

    public Measure {
        Plan.require(text, "text");
        if (direction == null) {
            throw new PlanRuleViolation("direction", "is required");
        }
        Target target = TargetJson.read(targetJson);
        if (!target.agreesWith(direction)) {
            throw new PlanRuleViolation(
                    "target",
                    "a '" + target.kind() + "' target of '" + target.words(unit) + "' does not agree with the "
                            + direction.code() + " direction of improvement");
        }
        baselineInferred = baselineInferred == null || baselineInferred.isBlank() ? null : baselineInferred.strip();
        if (baselineInferred != null && !namesABaseline(target)) {
            throw new PlanRuleViolation(
                    "baselineInferred",
                    "the target names no baseline period, so there is no inferred baseline to explain");
        }
        if (targetFromCommitment && target instanceof Target.Monitor) {
            throw new PlanRuleViolation(
                    "targetFromCommitment", "the measure has no target, so no target can be taken from a commitment");
        }
        indicator = indicator == null || indicator.isBlank() ? null : indicator.strip();
        noIndicatorReason = noIndicatorReason == null || noIndicatorReason.isBlank() ? null : noIndicatorReason.strip();
        if (indicator != null && noIndicatorReason != null) {
            throw new PlanRuleViolation(
                    "noIndicator", "a measure reads an indicator or says why none can serve it, not both");
        }
    }

    public static Measure of(
            String ref,
            String heading,
            String text,
            ImprovementDirection direction,
            MeasureUnit unit,
            List<String> leads,
            Target target,
            String baselineInferred,
            boolean targetFromCommitment) {
        return new Measure(
                ref,
                heading,
                text,
                direction,
                unit,
                Leads.join(leads),
                TargetJson.write(target == null ? new Target.Monitor() : target),
                baselineInferred,
                targetFromCommitment,
                null,
                null);
    }

    /**
     * This measure reading the indicator {@code code}, or none with the reason ({@code code} null); both
     * null: no link.
     */
    public Measure withIndicator(String code, String noIndicatorReason) {
        return new Measure(
                ref,
                heading,
                text,
                direction,
                unit,
                leadLines,
                targetJson,
                baselineInferred,
                targetFromCommitment,
                code,
                noIndicatorReason);
    }

    public Target target() {
        return TargetJson.read(targetJson);
    }

    public List<String> leads() {
        return Leads.split(leadLines);
    }

    /** What a reader must know about where the target comes from, in words; empty when it is all the plan's own. */
    public List<String> targetNotes() {
        List<String> notes = new ArrayList<>();
        if (baselineInferred != null) {
            notes.add("Baseline inferred, not stated in the plan: " + baselineInferred);
        }
        if (targetFromCommitment) {
            notes.add("Target taken from the plan's commitment text, not from this measure's own words");
        }
        return notes;
    }

    private static boolean namesABaseline(Target target) {
        if (target instanceof Target.ChangeByPercent || target instanceof Target.ChangeOnBaseline) {
            return true;
        }
        if (target instanceof Target.ChangeByAmount amount) {
            return amount.baseline() != null;
        }
        if (target instanceof Target.Maintain maintain) {
            return maintain.baseline() != null;
        }
        if (target instanceof Target.Milestones milestones) {
            return milestones.steps().stream().anyMatch(step -> namesABaseline(step.target()))
                    || (milestones.overall() != null && namesABaseline(milestones.overall()));
        }
        return false;
    }
}

package org.oversight.plan.domain;

import java.util.List;
import org.oversight.plan.ImprovementDirection;
import org.oversight.plan.MeasureUnit;
import org.oversight.plan.Target;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How the plan will measure success: the text as written, its direction of improvement, unit and
 * target. The target is stored as JSON in the plan file's own vocabulary.
 */
@Table(schema = "plan", name = "measure")
public record Measure(
        String ref,
        String heading,
        String text,
        ImprovementDirection direction,
        MeasureUnit unit,
        @Column("leads") String leadLines,
        @Column("target") String targetJson) {

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
    }

    public static Measure of(
            String ref,
            String heading,
            String text,
            ImprovementDirection direction,
            MeasureUnit unit,
            List<String> leads,
            Target target) {
        return new Measure(
                ref,
                heading,
                text,
                direction,
                unit,
                Leads.join(leads),
                TargetJson.write(target == null ? new Target.Monitor() : target));
    }

    public Target target() {
        return TargetJson.read(targetJson);
    }

    public List<String> leads() {
        return Leads.split(leadLines);
    }
}

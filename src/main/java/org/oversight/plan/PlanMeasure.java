package org.oversight.plan;

import java.util.List;

/**
 * A measure of a plan version as other modules see it: where it sits (objective, position), what it
 * says, its direction of improvement, unit, leads and target.
 *
 * @param objectivePosition 1-based position of the objective in the version
 * @param measurePosition 1-based position of the measure in its objective
 */
public record PlanMeasure(
        String planKey,
        String versionLabel,
        int objectivePosition,
        String objectiveNumber,
        String objectiveTitle,
        int measurePosition,
        String ref,
        String heading,
        String text,
        ImprovementDirection direction,
        MeasureUnit unit,
        List<String> leads,
        Target target) {}

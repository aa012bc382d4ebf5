package org.oversight.plan;

import java.util.List;

/**
 * A measure of a plan version as other modules see it: where it sits (objective, position), what it
 * says, its direction of improvement, unit, leads and target, and the notes a reader must see with
 * the target where it is not all the plan's own words (an inferred baseline, a figure taken from the
 * commitment text).
 *
 * @param objectivePosition 1-based position of the objective in the version
 * @param measurePosition 1-based position of the measure in its objective
 * @param indicator the code of the indicator the measure reads, or null
 * @param noIndicatorReason why no indicator can serve the measure, or null
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
        Target target,
        List<String> targetNotes,
        String indicator,
        String noIndicatorReason) {

    public PlanMeasure {
        targetNotes = targetNotes == null ? List.of() : List.copyOf(targetNotes);
    }

    /** A measure with notes on its target and no indicator link. */
    public PlanMeasure(
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
            Target target,
            List<String> targetNotes) {
        this(
                planKey,
                versionLabel,
                objectivePosition,
                objectiveNumber,
                objectiveTitle,
                measurePosition,
                ref,
                heading,
                text,
                direction,
                unit,
                leads,
                target,
                targetNotes,
                null,
                null);
    }

    /** This measure reading the indicator {@code code} (or none, with the reason). */
    public PlanMeasure withIndicator(String code, String reason) {
        return new PlanMeasure(
                planKey,
                versionLabel,
                objectivePosition,
                objectiveNumber,
                objectiveTitle,
                measurePosition,
                ref,
                heading,
                text,
                direction,
                unit,
                leads,
                target,
                targetNotes,
                code,
                reason);
    }

    /** A measure whose target is all the plan's own words. */
    public PlanMeasure(
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
            Target target) {
        this(
                planKey,
                versionLabel,
                objectivePosition,
                objectiveNumber,
                objectiveTitle,
                measurePosition,
                ref,
                heading,
                text,
                direction,
                unit,
                leads,
                target,
                List.of(),
                null,
                null);
    }

    /**
     * The target in words followed by its notes in brackets, as it must be shown wherever it is
     * shown ("Reduce by 8% compared with 2012/13 (Baseline inferred …)"); null when the measure has
     * no target at all.
     */
    public String targetWords(MeasureUnit inUnit) {
        if (target == null) {
            return null;
        }
        String words = target.words(inUnit);
        return targetNotes.isEmpty() ? words : words + " (" + String.join("; ", targetNotes) + ")";
    }

    /** This measure on its plan version's page: {@code /plans/KEY/versions/LABEL#measure-REF}. */
    public String planPage() {
        return PlanAnchors.versionPage(planKey, versionLabel) + "#"
                + PlanAnchors.measure(ref, objectiveNumber, objectivePosition, measurePosition);
    }
}

package org.oversight.plan.domain;

import org.oversight.plan.PlanMeasure;

/** A stored measure as other modules see it. */
public final class MeasureViews {

    private MeasureViews() {}

    /** The measure at these 0-based positions of a version. */
    public static PlanMeasure of(
            String planKey, String versionLabel, int objectiveIndex, Objective objective, int measureIndex, Measure m) {
        return new PlanMeasure(
                planKey,
                versionLabel,
                objectiveIndex + 1,
                objective.number(),
                objective.title(),
                measureIndex + 1,
                m.ref(),
                m.heading(),
                m.text(),
                m.direction(),
                m.unit(),
                m.leads(),
                m.target(),
                m.targetNotes(),
                m.indicator(),
                m.noIndicatorReason());
    }
}

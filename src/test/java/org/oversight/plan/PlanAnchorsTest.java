package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.plan.domain.Plan;

/** How pages name a plan version, and the anchors other pages link to. */
class PlanAnchorsTest {

    private static Plan plan(String title) {
        return new Plan(null, "p", title, "West Midlands Police", null, null, null, null, null, null, null);
    }

    @Test
    void aVersionTitleAddsTheLabelOnlyWhenTheTitleDoesNotAlreadyHoldIt() {
        assertThat(plan("Police and Crime Plan").titleWithVersion("2014-15"))
                .isEqualTo("Police and Crime Plan 2014-15");
        assertThat(plan("West Midlands Police and Crime Plan, 2021-2025").titleWithVersion("2021-2025"))
                .isEqualTo("West Midlands Police and Crime Plan, 2021-2025");
        assertThat(plan("Strategic Policing Plan 2008–2011").titleWithVersion("2008-2011"))
                .isEqualTo("Strategic Policing Plan 2008–2011");
        assertThat(plan("Police and Crime Plan 2021").titleWithVersion("1"))
                .as("a label is matched as whole words, not as any digits of the title")
                .isEqualTo("Police and Crime Plan 2021 1");
    }

    @Test
    void objectivesAndItemsAreNamedByNumberAndRefOrByPositionWithout() {
        assertThat(PlanAnchors.objective("4.6", 6)).isEqualTo("objective-4.6");
        assertThat(PlanAnchors.objective(null, 3)).isEqualTo("objective-at-3");
        assertThat(PlanAnchors.measure("4.6-m3", "4.6", 6, 2)).isEqualTo("measure-4.6-m3");
        assertThat(PlanAnchors.measure(null, "4.6", 6, 2)).isEqualTo("measure-4.6-at-2");
        assertThat(PlanAnchors.commitment(null, null, 3, 1)).isEqualTo("commitment-at-3-at-1");
        assertThat(PlanAnchors.measure("pi 1#b", "8", 8, 1)).isEqualTo("measure-pi-1-b");
    }

    @Test
    void aMeasureKnowsItsPlanPageAndSaysItsTargetWithItsNotes() {
        PlanMeasure measure = new PlanMeasure(
                "wm-police-and-crime-plan",
                "2013-14",
                6,
                "4.6",
                "Reduce crime and offending",
                3,
                "4.6-m3",
                null,
                "Reduce burglary by 8 per cent",
                ImprovementDirection.DECREASE,
                MeasureUnit.COUNT,
                List.of(),
                new Target.ChangeByPercent(
                        Target.Change.REDUCE,
                        new BigDecimal("8"),
                        org.oversight.shared.ReportingPeriod.parse("2012/13"),
                        null),
                List.of("Baseline inferred, not stated in the plan: the year before"));

        assertThat(measure.planPage()).isEqualTo("/plans/wm-police-and-crime-plan/versions/2013-14#measure-4.6-m3");
        assertThat(measure.targetWords(MeasureUnit.COUNT))
                .isEqualTo("Reduce by 8% compared with 2012/13 (Baseline inferred, not stated in the plan: the year"
                        + " before)");
    }
}

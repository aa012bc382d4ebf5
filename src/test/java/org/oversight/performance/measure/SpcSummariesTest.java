package org.oversight.performance.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.spc.PointType;
import org.oversight.performance.spc.Spc;
import org.oversight.performance.spc.SpcChart;
import org.oversight.performance.spc.SpcOptions;
import org.oversight.plan.ImprovementDirection;

/** High and low on the icons follow the point type and the direction, never the side of the centre. */
class SpcSummariesTest {

    /**
     * Twelve months alternating 80 and 120, then seven rising months (80 to 92) that stay below the
     * centre (about 94.8) and well inside the limits (about 22 to 167): a trend, also a run below the
     * centre, and the trend decides.
     */
    private static SpcChart risingTrendBelowTheCentre(ImprovementDirection direction) {
        List<Double> values =
                new ArrayList<>(List.of(80.0, 120.0, 80.0, 120.0, 80.0, 120.0, 80.0, 120.0, 80.0, 120.0, 80.0, 120.0));
        values.addAll(List.of(80.0, 82.0, 84.0, 86.0, 88.0, 90.0, 92.0));
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            periods.add(java.time.YearMonth.of(2014, 1).plusMonths(i).toString());
        }
        return Spc.calculate(
                periods,
                values,
                SpcOptions.of(org.oversight.performance.spc.ImprovementDirection.fromCode(direction.code())));
    }

    @Test
    void aRisingTrendBelowTheCentreIsAHighImprovementWhenHigherIsBetter() {
        SpcChart chart = risingTrendBelowTheCentre(ImprovementDirection.INCREASE);
        assertThat(chart.points().get(chart.points().size() - 1).value()).isLessThan(chart.centre());

        MeasurePerformance.SpcSummary summary = SpcSummaries.of(chart, null, ImprovementDirection.INCREASE);

        assertThat(summary.variation()).isEqualTo("special_cause_improvement");
        assertThat(summary.high()).isTrue();
    }

    @Test
    void theSameTrendIsAHighConcernWhenLowerIsBetter() {
        MeasurePerformance.SpcSummary summary = SpcSummaries.of(
                risingTrendBelowTheCentre(ImprovementDirection.DECREASE), null, ImprovementDirection.DECREASE);

        assertThat(summary.variation()).isEqualTo("special_cause_concern");
        assertThat(summary.high()).isTrue();
    }

    @Test
    void eachPointTypeAndDirectionGivesItsLetter() {
        assertThat(SpcSummaries.high(PointType.SPECIAL_CAUSE_IMPROVEMENT, ImprovementDirection.DECREASE))
                .isFalse();
        assertThat(SpcSummaries.high(PointType.SPECIAL_CAUSE_CONCERN, ImprovementDirection.INCREASE))
                .isFalse();
        assertThat(SpcSummaries.high(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH, ImprovementDirection.NEUTRAL))
                .isTrue();
        assertThat(SpcSummaries.high(PointType.SPECIAL_CAUSE_NEUTRAL_LOW, ImprovementDirection.NEUTRAL))
                .isFalse();
    }
}

package org.oversight.performance.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.performance.spc.SpcCases.chart;
import static org.oversight.performance.spc.SpcCases.decrease;
import static org.oversight.performance.spc.SpcCases.increase;
import static org.oversight.performance.spc.SpcCases.neutral;

import org.junit.jupiter.api.Test;

/**
 * Assurance against a target. The series 5 7 6 8 4 has limits 0.015 and 11.985 (worked by hand in
 * {@link LimitsTest}). The target must lie strictly outside the limits for a consistent pass or fail.
 */
class AssuranceTest {

    static final double[] SERIES = {5, 7, 6, 8, 4};

    @Test
    void aTargetBelowTheLowerLimitIsAConsistentPassWhenHigherIsBetter() {
        assertThat(chart(increase().withTarget(0.0), SERIES).assurance()).isEqualTo(Assurance.CONSISTENT_PASS);
    }

    @Test
    void aTargetAboveTheUpperLimitIsAConsistentFailWhenHigherIsBetter() {
        assertThat(chart(increase().withTarget(12.0), SERIES).assurance()).isEqualTo(Assurance.CONSISTENT_FAIL);
    }

    @Test
    void aTargetAboveTheUpperLimitIsAConsistentPassWhenLowerIsBetter() {
        assertThat(chart(decrease().withTarget(12.0), SERIES).assurance()).isEqualTo(Assurance.CONSISTENT_PASS);
    }

    @Test
    void aTargetBelowTheLowerLimitIsAConsistentFailWhenLowerIsBetter() {
        assertThat(chart(decrease().withTarget(0.0), SERIES).assurance()).isEqualTo(Assurance.CONSISTENT_FAIL);
    }

    @Test
    void aTargetWithinTheLimitsIsInconsistent() {
        assertThat(chart(increase().withTarget(6.0), SERIES).assurance()).isEqualTo(Assurance.INCONSISTENT);
        assertThat(chart(decrease().withTarget(6.0), SERIES).assurance()).isEqualTo(Assurance.INCONSISTENT);
    }

    @Test
    void aTargetExactlyOnALimitIsInconsistent() {
        SpcChart chart = chart(increase(), SERIES);

        assertThat(Assurance.against(chart.limits(), ImprovementDirection.INCREASE, chart.lowerLimit()))
                .isEqualTo(Assurance.INCONSISTENT);
        assertThat(Assurance.against(chart.limits(), ImprovementDirection.INCREASE, chart.upperLimit()))
                .isEqualTo(Assurance.INCONSISTENT);
        assertThat(Assurance.against(chart.limits(), ImprovementDirection.DECREASE, chart.upperLimit()))
                .isEqualTo(Assurance.INCONSISTENT);
    }

    @Test
    void thereIsNoAssuranceWithoutATarget() {
        assertThat(chart(increase(), SERIES).assurance()).isNull();
    }

    @Test
    void thereIsNoAssuranceWhenNeitherWayIsBetter() {
        assertThat(chart(neutral().withTarget(0.0), SERIES).assurance()).isNull();
    }

    @Test
    void assuranceIsJudgedAgainstTheLastSegmentsLimits() {
        // Before the rebase the limits are 7.84 and 13.16; after it 17.84 and 23.16. A target of 15 is
        // above the first segment's limits but below the last's.
        double[] values = {10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21};

        SpcChart chart = chart(increase().withTarget(15.0).withRebase("2023-10"), values);

        assertThat(chart.assurance()).isEqualTo(Assurance.CONSISTENT_PASS);
        assertThat(Assurance.CONSISTENT_PASS.code()).isEqualTo("consistent_pass");
    }
}

package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 2021-25 plan, the plan an office runs now, shows demonstration figures: its 2019/20 baselines
 * and its last years (the later demonstration period, loaded here in part to keep the test quick),
 * for street crimes and for the stop and search measures.
 */
@SpringBootTest(
        properties = {
            "oversight.seed.demonstration-data=true",
            "oversight.seed.demonstration-periods=2019-04..2020-03,2023-04..2025-03"
        })
class CurrentPlanDemonstrationTest {

    private static final String PLAN = "wm-police-and-crime-plan-2021-2025";
    private static final String VERSION = "2021-2025";

    @Autowired
    PerformanceApi performance;

    private MeasurePerformance measure(String objective, String ref) {
        return performance
                .measure(PLAN, VERSION, objective, ref, Area.force(performance.force()), null)
                .orElseThrow();
    }

    @Test
    void theftFromThePersonIsJudgedAgainstIts2019to20Baseline() {
        MeasurePerformance theft = measure("7", "7-m3");

        assertThat(theft.demonstrationData()).isTrue();
        assertThat(theft.asAt()).isEqualTo("2025-03");
        assertThat(theft.currentValue()).isPositive();
        // The plan sets no year for the reduction: it is judged as it stands (on track, at risk, off track).
        assertThat(theft.targetStatus()).isIn("on_track", "at_risk", "off_track", "met", "not_met");
        assertThat(theft.targetWords()).contains("2019/20");
    }

    @Test
    void theReasonableGroundsSearchesPositiveOutcomeRateIsComputedFromStopAndSearchRecords() {
        MeasurePerformance searches = measure("16", "16-m2");

        assertThat(searches.indicatorCode()).isEqualTo("stop-search-reasonable-grounds-positive-outcome-rate");
        assertThat(searches.currentValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        assertThat(searches.targetStatus()).isNotEqualTo("no_data");
        assertThat(searches.spc()).isNotNull();
    }
}

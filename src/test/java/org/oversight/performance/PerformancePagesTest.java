package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The performance pages and API over the demonstration data, for anyone without sign-in. */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
@AutoConfigureMockMvc
class PerformancePagesTest {

    private static final String PLAN = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";

    @Autowired
    MockMvc mvc;

    @Autowired
    PerformanceApi performance;

    @Autowired
    org.oversight.plan.PlanApi plans;

    private MeasurePerformance burglary(List<MeasurePerformance> measures) {
        return measures.stream()
                .filter(m -> m.measureRef().equals("4.6-m3"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void computesBurglaryFromTheDemonstrationDataWithEveryFact() {
        MeasurePerformance burglary = burglary(
                performance.measures("wm-police-and-crime-plan", "2014-15", Area.force("west-midlands"), null));

        assertThat(burglary.indicatorCode()).isEqualTo("burglary");
        assertThat(burglary.asAt()).isEqualTo("2015-03");
        assertThat(burglary.series()).hasSize(36);
        assertThat(burglary.currentValue()).isPositive();
        assertThat(burglary.comparisonWords()).contains("year to date: ");
        assertThat(burglary.targetStatus()).isIn("met", "not_met");
        assertThat(burglary.spc()).isNotNull();
        assertThat(burglary.demonstrationData()).isTrue();
        assertThat(burglary.statement())
                .startsWith("Figures to March 2015. Burglary is ")
                .contains("Monthly burglary shows");
    }

    @Test
    void everyMeasureOfTheThreeExamplePlansIsLinkedToAnIndicatorOrSaysWhyNot() {
        assertThat(plans.plans())
                .containsKeys(
                        "wm-police-and-crime-plan",
                        "wm-police-and-crime-plan-2021-2025",
                        "wm-strategic-policing-plan-2008-2011");
        int measures = 0;
        for (String plan : plans.plans().keySet()) {
            for (String label : plans.versions(plan)) {
                for (var measure : plans.measures(plan, label)) {
                    measures++;
                    assertThat(measure.indicator() != null || measure.noIndicatorReason() != null)
                            .as("%s %s %s", plan, label, measure.ref())
                            .isTrue();
                }
            }
        }
        assertThat(measures).isGreaterThan(100);
    }

    @Test
    void aMeasureWithoutDataSaysNoDataYetAndHasNoValue() {
        MeasurePerformance confidence =
                performance.measures("wm-police-and-crime-plan", "2014-15", Area.force("west-midlands"), null).stream()
                        .filter(m -> m.measureRef().equals("4.1-m1"))
                        .findFirst()
                        .orElseThrow();

        assertThat(confidence.hasData()).isFalse();
        assertThat(confidence.statement()).startsWith("No data yet: ");
        assertThat(confidence.currentValue()).isNull();
        assertThat(confidence.series()).isEmpty();
        assertThat(confidence.spc()).isNull();
    }

    @Test
    void theOverviewShowsBurglaryWithItsValueComparisonStatusIconsAndStatement() throws Exception {
        mvc.perform(get(PLAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reduce burglary by 2 per cent")))
                .andExpect(content().string(containsString("class=\"govuk-table__cell oversight-comparison\"")))
                .andExpect(content().string(containsString("class=\"mdc-icon\"")))
                .andExpect(content().string(containsString("Burglary is ")))
                .andExpect(content().string(containsString("generated demonstration data")))
                .andExpect(content()
                        .string(containsString("<h2 class=\"govuk-heading-m\" id=\"no-data\">No data yet</h2>")));
    }

    @Test
    void theOverviewFiltersByObjective() throws Exception {
        mvc.perform(get(PLAN).param("objective", "4.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Increase confidence in policing")))
                .andExpect(content().string(not(containsString("Reduce burglary by 2 per cent"))));
    }

    @Test
    void theMeasurePageHasAnSvgChartWithTitleTheDataTableDistrictsAndTheStatement() throws Exception {
        mvc.perform(get(PLAN + "/measures/4.6/4.6-m3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg class=\"spc-chart\"")))
                .andExpect(content().string(containsString("<title id=\"chart-title\">")))
                .andExpect(content().string(containsString("<desc id=\"chart-desc\">")))
                .andExpect(content().string(containsString("id=\"data-table\"")))
                .andExpect(content().string(containsString("Birmingham")))
                .andExpect(content().string(containsString("Monthly burglary shows")));
    }

    @Test
    void aMeasurePageWithoutDataSaysNoDataYetAndDrawsNoChart() throws Exception {
        mvc.perform(get(PLAN + "/measures/4.1/4.1-m1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No data yet: ")))
                .andExpect(content().string(not(containsString("<svg class=\"spc-chart\""))));
        mvc.perform(get("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025/measures/10/10-m2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No data yet: no indicator can serve this measure.")));
    }

    @Test
    void theOverviewFiltersByTargetStatus() throws Exception {
        mvc.perform(get(PLAN).param("status", "no data"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Increase confidence in policing")))
                .andExpect(content().string(not(containsString("Reduce burglary by 2 per cent"))));
    }

    @Test
    void theMeasurePageShowsADistrict() throws Exception {
        mvc.perform(get(PLAN + "/measures/4.6/4.6-m3").param("area", "Coventry"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg class=\"spc-chart\"")));
    }

    @Test
    void theApiAnswersEveryMeasureAsJson() throws Exception {
        mvc.perform(get("/api/v1/performance/plans/wm-police-and-crime-plan/versions/2014-15")
                        .param("area", "Birmingham"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].measureRef", hasItem("4.6-m3")))
                .andExpect(jsonPath("$[?(@.measureRef == '4.6-m3')].area", hasItem("Birmingham")))
                .andExpect(
                        jsonPath("$[?(@.measureRef == '4.6-m3')].spc.variation").exists())
                .andExpect(jsonPath("$[?(@.measureRef == '4.6-m3')].series.length()", hasItem(36)))
                .andExpect(
                        jsonPath("$[?(@.measureRef == '4.1-m1')].statement", hasItem(containsString("No data yet"))));
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        mvc.perform(get("/performance/plans/no-such-plan/versions/1"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}

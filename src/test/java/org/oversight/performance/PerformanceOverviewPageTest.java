package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The performance pages' structure over the demonstration data: one compact row per measure with
 * its statement a click away, measures without data last with only their reason, and links between
 * the performance and plan pages.
 */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
@AutoConfigureMockMvc
class PerformanceOverviewPageTest {

    private static final String PLAN = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";

    @Autowired
    MockMvc mvc;

    @Autowired
    PerformanceApi performance;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private List<MeasurePerformance> measures() {
        return performance.measures("wm-police-and-crime-plan", "2014-15", Area.force("west-midlands"), null);
    }

    @Test
    void everyMeasureWithFiguresHasOneRowAndEveryMeasureWithoutHasOneRowInTheTableAtTheEnd() throws Exception {
        String html = page(PLAN);
        long withData = measures().stream().filter(MeasurePerformance::hasData).count();
        long withoutData = measures().size() - withData;

        assertThat(withData).isPositive();
        assertThat(withoutData).isPositive();
        assertThat(count(html, "class=\"govuk-table__row oversight-measure-row\""))
                .isEqualTo(withData);
        String noDataTable = html.substring(html.indexOf("id=\"no-data-measures\""));
        assertThat(count(noDataTable, "<tr role=\"row\" class=\"govuk-table__row\" id=\"measure-"))
                .isEqualTo(withoutData);
        assertThat(html.indexOf("id=\"measures\"")).isLessThan(html.indexOf("id=\"no-data-measures\""));
    }

    @Test
    void aMeasureWithoutDataSaysOnlyWhyAndNothingAboutCharts() throws Exception {
        String html = page(PLAN);
        String noDataTable = html.substring(html.indexOf("id=\"no-data-measures\""), html.lastIndexOf("</table>"));

        assertThat(html).doesNotContain("No SPC chart").doesNotContain("No data yet:");
        assertThat(noDataTable)
                .contains(HtmlUtils.htmlEscape("No observations of 'Increase confidence in policing'"))
                .doesNotContain("mdc-icon")
                .doesNotContain("govuk-tag")
                .doesNotContain("sparkline");
    }

    @Test
    void eachRowHasItsStatementInADetailsElementAndItsIconsAndTrend() throws Exception {
        String html = page(PLAN);
        MeasurePerformance burglary = measures().stream()
                .filter(m -> m.measureRef().equals("4.6-m3"))
                .findFirst()
                .orElseThrow();
        String row = html.substring(html.indexOf("id=\"measure-4.6-m3\""));
        row = row.substring(0, row.indexOf("</tr>"));

        assertThat(row)
                .contains("<details class=\"govuk-details oversight-statement\">")
                .contains(HtmlUtils.htmlEscape(burglary.statement()))
                .contains("Lead: ")
                .contains("width=\"30\" height=\"30\"")
                .contains("class=\"sparkline\"")
                .contains("Trend: 24 months")
                .contains("href=\"" + PLAN + "/measures/4.6/4.6-m3\"");
        assertThat(count(html, "<details class=\"govuk-details oversight-statement\">"))
                .isEqualTo(count(html, "class=\"govuk-table__row oversight-measure-row\""));
    }

    @Test
    void theRowStatusTagIsColouredByTheStatus() throws Exception {
        String html = page(PLAN);
        String row = html.substring(html.indexOf("id=\"measure-4.6-m3\""));
        row = row.substring(0, row.indexOf("</tr>"));
        String status = measures().stream()
                .filter(m -> m.measureRef().equals("4.6-m3"))
                .findFirst()
                .orElseThrow()
                .targetStatus();

        assertThat(row).contains(status.equals("met") ? "govuk-tag--green" : "govuk-tag--red");
    }

    @Test
    void aPlanTitleThatEndsWithItsVersionIsNotFollowedByItAgain() throws Exception {
        String overview = page("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025");
        String measure =
                page("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025/measures/7/7-m3");

        assertThat(overview)
                .contains("West Midlands Police and Crime Plan, 2021-2025")
                .doesNotContain("2021-2025 2021-2025");
        assertThat(measure).doesNotContain("2021-2025 2021-2025");
        assertThat(page(PLAN)).contains("Police and Crime Plan 2014-15");
    }

    @Test
    void filtersThatMatchNoMeasureSaySoAndOfferEveryMeasure() throws Exception {
        String html = page(PLAN + "?lead=Nobody&area=Coventry");

        assertThat(html)
                .contains("No measure matches these filters.")
                .contains("href=\"" + PLAN + "?area=Coventry\">Show every measure</a>")
                .doesNotContain("id=\"measures\"")
                .doesNotContain("id=\"no-data-measures\"");
    }

    @Test
    void theOverviewLinksToThePlan() throws Exception {
        assertThat(page(PLAN)).contains("href=\"/plans/wm-police-and-crime-plan/versions/2014-15\"");
    }

    @Test
    void theMeasurePageLinksToItsObjectiveAndMeasureInThePlanAndBackToTheOverview() throws Exception {
        String html = page(PLAN + "/measures/4.6/4.6-m3?area=Coventry");

        assertThat(html)
                .contains("href=\"/plans/wm-police-and-crime-plan/versions/2014-15#objective-4.6\"")
                .contains("href=\"/plans/wm-police-and-crime-plan/versions/2014-15#measure-4.6-m3\"")
                .contains("id=\"overview-link\"")
                .contains("href=\"" + PLAN + "?area=Coventry\"");
    }

    @Test
    void theMeasurePageDataTableWritesCountsWithoutPointZeroAndNamesTheUnit() throws Exception {
        String html = page(PLAN + "/measures/4.6/4.6-m3");
        String table = html.substring(html.indexOf("id=\"data-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher values = Pattern.compile("class=\"oversight-value\">([^<]*)<").matcher(table);
        int rows = 0;
        while (values.find()) {
            rows++;
            assertThat(values.group(1)).matches("\\d{1,3}(,\\d{3})*");
        }

        assertThat(rows).isEqualTo(36);
        assertThat(table).contains("Crimes per month").contains("April 2012").contains("Common cause");
    }

    @Test
    void theMeasurePageChartHasRoundTicksTheUnitAndLabelledLines() throws Exception {
        String html = page(PLAN + "/measures/4.6/4.6-m3");

        assertThat(html)
                .contains("class=\"y-axis-label\"")
                .contains(">Crimes per month</text>")
                .containsPattern(">Upper limit [0-9,.]+</text>")
                .containsPattern(">Mean [0-9,.]+</text>")
                .containsPattern(">Lower limit [0-9,.]+</text>");
        Matcher ticks = Pattern.compile("class=\"y-tick\"[^>]*>([^<]*)<").matcher(html);
        while (ticks.find()) {
            assertThat(ticks.group(1)).matches("[0-9,]*0");
        }
    }
}

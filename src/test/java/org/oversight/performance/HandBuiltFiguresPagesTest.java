package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.oversight.performance.MeasurePerformanceBuilder.aMeasurePerformance;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages render what {@link MeasurePerformance} gives, including what the computation is about
 * to fill in: the coverage words and provisional months, here hand-built.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HandBuiltFiguresPagesTest {

    private static final String PLAN = "/performance/plans/wm-police-and-crime-plan/versions/2014-15";
    private static final Area FORCE = Area.force("west-midlands");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PerformanceApi performance;

    private final MeasurePerformance burglary = aMeasurePerformance().build();
    private final MeasurePerformance outcomes = aMeasurePerformance()
            .withMeasure("4.6-m9", "Increase positive outcomes for vehicle crime")
            .withUnit("percent")
            .withIndicatorName("Vehicle crime positive outcome rate")
            .withCoverage("Figures to December 2014; January–March 2015 are provisional.")
            .withCurrentValue(new BigDecimal("10.4"))
            .withSeries(withProvisionalMonths())
            .build();

    private static List<MeasurePerformance.MonthPoint> withProvisionalMonths() {
        List<MeasurePerformance.MonthPoint> series =
                new ArrayList<>(MeasurePerformanceBuilder.months(YearMonth.of(2012, 4), 33, 10, 1));
        series.add(new MeasurePerformance.MonthPoint("2015-01", new BigDecimal("9.4"), null, true));
        series.add(new MeasurePerformance.MonthPoint("2015-02", new BigDecimal("9.0"), null, true));
        series.add(new MeasurePerformance.MonthPoint("2015-03", new BigDecimal("5.0"), null, true));
        return series;
    }

    @BeforeEach
    void theForceIsTheOnlyArea() {
        when(performance.areas()).thenReturn(List.of(FORCE));
        when(performance.findArea(any())).thenReturn(Optional.of(FORCE));
    }

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

    @Test
    void coverageSharedByEveryMeasureIsWrittenOnceAtTheTop() throws Exception {
        MeasurePerformance robbery =
                aMeasurePerformance().withMeasure("4.6-m7", "Reduce robbery").build();
        when(performance.measures(eq("wm-police-and-crime-plan"), eq("2014-15"), eq(FORCE), isNull()))
                .thenReturn(List.of(burglary, robbery));

        String html = page(PLAN);

        assertThat(html).contains("id=\"coverage\"");
        assertThat(count(html, "Figures to March 2015.")).isEqualTo(1);
        assertThat(html).doesNotContain("oversight-row-coverage");
    }

    @Test
    void coverageThatDiffersIsWrittenInEachMeasuresStatement() throws Exception {
        when(performance.measures(eq("wm-police-and-crime-plan"), eq("2014-15"), eq(FORCE), isNull()))
                .thenReturn(List.of(burglary, outcomes));

        String html = page(PLAN);

        assertThat(html).doesNotContain("id=\"coverage\"");
        assertThat(count(html, "class=\"govuk-body-s oversight-row-coverage\"")).isEqualTo(2);
        assertThat(html).contains("Figures to December 2014; January–March 2015 are provisional.");
    }

    @Test
    void theOverviewDrawsProvisionalMonthsHollowInTheTrendAndSaysSo() throws Exception {
        when(performance.measures(eq("wm-police-and-crime-plan"), eq("2014-15"), eq(FORCE), isNull()))
                .thenReturn(List.of(outcomes));

        String html = page(PLAN);

        assertThat(count(html, "class=\"sparkline-provisional\"")).isEqualTo(3);
        assertThat(html).contains("The last 3 months are provisional.");
    }

    @Test
    void theMeasurePageMarksProvisionalMonthsInTheTableAndDrawsThemHollowWithALegend() throws Exception {
        when(performance.measure(
                        eq("wm-police-and-crime-plan"), eq("2014-15"), eq("4.6"), eq("4.6-m9"), eq(FORCE), isNull()))
                .thenReturn(Optional.of(outcomes));
        when(performance.districts(anyString(), anyString(), anyString(), anyString(), any()))
                .thenReturn(List.of());

        String html = page(PLAN + "/measures/4.6/4.6-m9");

        assertThat(count(html, ">provisional</strong>")).isEqualTo(3);
        assertThat(html)
                .contains("<span class=\"oversight-value\">9.4%</span>")
                .contains("Not judged: provisional")
                .contains("Provisional (hollow)")
                .contains("Rate (%)")
                .contains("Figures to December 2014; January–March 2015 are provisional.")
                .contains("3 months are provisional and not judged: January–March 2015 (drawn hollow).");
        assertThat(count(html, "class=\"point-provisional\"")).isEqualTo(4);
    }
}

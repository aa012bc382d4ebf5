package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.Area;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review's case end to end: with 36 months of street data to March 2015, a 2-row street file for
 * April 2015 is imported. The public figures must stay honest: April is incomplete and left out, every
 * statement says the figures run to March 2015, and the districts add up to the force.
 */
@SpringBootTest(properties = {"oversight.seed.demonstration-data=true", "oversight.test.context=honest-figures"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HonestFiguresTest {

    private static final String PLAN = "wm-police-and-crime-plan";
    private static final String PAGE = "/performance/plans/" + PLAN + "/versions/2014-15";
    private static final Area FORCE = Area.force("west-midlands");

    @Autowired
    PerformanceApi performance;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    MockMvc mvc;

    @TempDir
    static Path folder;

    private static final String HEADER = String.join(",", PoliceDataKind.STREET.header());

    private static String row(String id, String lsoaCode, String lsoaName, String type) {
        return id + ",2015-04,West Midlands Police,West Midlands Police,-1.898575,52.479420,On or near Example Street,"
                + lsoaCode + "," + lsoaName + "," + type + ",Under investigation,";
    }

    private FileImportResult importPartialApril() throws IOException {
        Path file = folder.resolve("2015-04-west-midlands-street.csv");
        Files.writeString(
                file,
                HEADER + "\n"
                        + row("a".repeat(64), "E01009417", "Birmingham 001A", "Burglary") + "\n"
                        + row("b".repeat(64), "E01009417", "Birmingham 001A", "Robbery") + "\n",
                StandardCharsets.UTF_8);
        return policeData
                .importPaths(List.of(file), false, "honest-figures-test", ImportListener.NONE)
                .get(0);
    }

    private MeasurePerformance measure(String ref) {
        return performance.measures(PLAN, "2014-15", FORCE, null).stream()
                .filter(m -> m.measureRef().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void aTwoRowAprilIsImportedButJudgedIncomplete() throws IOException {
        FileImportResult result = importPartialApril();

        assertThat(result.refused()).as(String.valueOf(result.problem())).isFalse();
        assertThat(result.completeness().complete()).isFalse();
        assertThat(result.completeness().reason()).startsWith("2 rows");
    }

    @Test
    @Order(2)
    void totalRecordedCrimeRunsToMarchAndSaysAprilIsIncomplete() {
        MeasurePerformance total = measure("4.6-m1");

        assertThat(total.asAt()).isEqualTo("2015-03");
        assertThat(total.coverage()).isEqualTo("Figures to March 2015; April 2015 is incomplete.");
        assertThat(total.statement())
                .startsWith("Figures to March 2015; April 2015 is incomplete.")
                .doesNotContain("100.0% lower")
                .doesNotContain("(2 against");
        assertThat(total.series()).noneMatch(p -> p.period().equals("2015-04"));
        assertThat(total.spc().variation()).isNotEqualTo("special_cause_improvement");
    }

    @Test
    @Order(3)
    void askingForAprilJudgesMarch() {
        MeasurePerformance burglary = performance
                .measure(PLAN, "2014-15", "4.6", "4.6-m3", FORCE, YearMonth.of(2015, 4))
                .orElseThrow();

        assertThat(burglary.asAt()).isEqualTo("2015-03");
        assertThat(burglary.coverage()).contains("April 2015 is incomplete");
    }

    @Test
    @Order(4)
    void thePublicPagesAndTheApiSayTheSame() throws Exception {
        mvc.perform(get(PAGE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("April 2015 is incomplete")))
                .andExpect(content().string(not(containsString("100.0% lower"))));
        mvc.perform(get("/api/v1/performance/plans/" + PLAN + "/versions/2014-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.measureRef == '4.6-m1')].asAt").value("2015-03"));
    }

    @Test
    @Order(5)
    void theDistrictsAndTheRowsWithNoDistrictAddUpToTheForce() throws Exception {
        List<MeasurePerformance.DistrictRow> rows = performance.districts(PLAN, "2014-15", "4.6", "4.6-m1", null);

        BigDecimal parts = rows.stream()
                .filter(row -> !row.total())
                .map(MeasurePerformance.DistrictRow::currentValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        MeasurePerformance.DistrictRow force = rows.stream()
                .filter(MeasurePerformance.DistrictRow::total)
                .findFirst()
                .orElseThrow();
        assertThat(rows).extracting(MeasurePerformance.DistrictRow::district).contains("No district recorded");
        assertThat(parts).isEqualByComparingTo(force.currentValue());
        assertThat(force.currentValue()).isEqualByComparingTo(measure("4.6-m1").currentValue());
        mvc.perform(get(PAGE + "/measures/4.6/4.6-m1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No district recorded")));
    }

    @Test
    @Order(6)
    void anAnalystWhoMarksAprilCompleteIsBelievedAndTheFiguresFollow() {
        policeData.markMonth(
                "west-midlands", PoliceDataKind.STREET, YearMonth.of(2015, 4), true, "checked with the force", "test");

        MeasurePerformance total = measure("4.6-m1");

        assertThat(total.asAt()).isEqualTo("2015-04");
        assertThat(total.coverage()).isEqualTo("Figures to April 2015.");

        policeData.clearMark("west-midlands", PoliceDataKind.STREET, YearMonth.of(2015, 4), "test");
        assertThat(measure("4.6-m1").asAt()).isEqualTo("2015-03");
    }
}

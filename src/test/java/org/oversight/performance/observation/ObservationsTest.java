package org.oversight.performance.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.oversight.performance.Observation;
import org.oversight.performance.ObservationFileRefused;
import org.oversight.performance.ObservationImportResult;
import org.oversight.performance.Observations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Observations imported from CSV and Excel into the embedded PostgreSQL. */
@SpringBootTest
class ObservationsTest {

    @Autowired
    Observations observations;

    @Autowired
    JdbcClient jdbc;

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM performance.observation")
                .query(Long.class)
                .single();
    }

    @Test
    void importsACsvFileAndImportingItAgainDuplicatesNothing() {
        byte[] file = csv(
                """
                indicator,period,area,value,numerator,denominator,source
                confidence-in-policing,2014/15 Q1,West Midlands,82.0,,,Feeling the Difference survey
                officers,2019-03,West Midlands,6500,,,Home Office workforce statistics
                call-999-answered-in-10s,2024-04,West Midlands,91.5,18300,20000,Contact centre
                """);

        ObservationImportResult first = observations.importFile("figures.csv", file, "test");
        long afterFirst = stored();
        ObservationImportResult second = observations.importFile("figures.csv", file, "test");

        assertThat(first.created()).isEqualTo(3);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(stored()).isEqualTo(afterFirst);
        assertThat(observations.series("call-999-answered-in-10s", "West Midlands"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.numerator()).isEqualByComparingTo("18300");
                    assertThat(o.period().words()).isEqualTo("April 2024");
                });
    }

    @Test
    void aNewValueForTheSamePeriodReplacesTheOldOne() {
        observations.importFile("a.csv", csv("indicator,period,area,value\npcsos,2021-03,West Midlands,480\n"), "test");
        ObservationImportResult result = observations.importFile(
                "b.csv", csv("indicator,period,area,value\npcsos,2021-03,West Midlands,478\n"), "test");

        assertThat(result.updated()).isEqualTo(1);
        assertThat(observations.series("pcsos", "West Midlands"))
                .extracting(Observation::value)
                .containsExactly(new BigDecimal("478"));
    }

    @Test
    void refusesTheWholeFileListingEveryProblemWithItsLineAndColumn() {
        long before = stored();
        ObservationFileRefused refused = catchThrowableOfType(
                ObservationFileRefused.class,
                () -> observations.importFile(
                        "bad.csv",
                        csv(
                                """
                        indicator,period,area,value,numerator,denominator
                        ok-indicator,2024-04,West Midlands,1,,
                        Bad Code,2024-04,West Midlands,1,,
                        ok-indicator,2024/26,West Midlands,1,,
                        ok-indicator,2024-05,,abc,,
                        ok-indicator,2024-06,West Midlands,5,1,0
                        ok-indicator,2024-04,West Midlands,2,,
                        """),
                        "test"));

        assertThat(refused.problems())
                .containsExactly(
                        "bad.csv:3:1 indicator: 'Bad Code' is not an indicator code (lower-case words joined by '-')",
                        "bad.csv:4:2 period: '2024/26' is not a financial year: 26 does not follow 2024",
                        "bad.csv:5:3 area: is missing",
                        "bad.csv:5:4 value: 'abc' is not a number",
                        "bad.csv:6:6 denominator: must be more than 0",
                        "bad.csv:7:1 indicator: ok-indicator for 2024-04 in West Midlands is already given on line 2");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        ObservationFileRefused refused = catchThrowableOfType(
                ObservationFileRefused.class,
                () -> observations.importFile("h.csv", csv("indicator,month,value\nx,2024-04,1\n"), "test"));
        assertThat(refused.problems())
                .contains(
                        "h.csv:1:2 'month' is not a column of an observations file; use indicator, period, area, value"
                                + " and optionally numerator, denominator, source",
                        "h.csv:1 the header has no 'period' column");
    }

    @Test
    void importsTheFirstSheetOfAnExcelWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Specials");
            String[][] cells = {{"indicator", "period", "area", "value"}, {"specials", "2022/23", "West Midlands", null}
            };
            for (int r = 0; r < cells.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(3).setCellValue(345.0);
            workbook.write(bytes);
        }

        ObservationImportResult result = observations.importFile("specials.xlsx", bytes.toByteArray(), "test");

        assertThat(result.rows()).isEqualTo(1);
        assertThat(observations.series("specials", "West Midlands"))
                .extracting(Observation::value)
                .containsExactly(new BigDecimal("345"));
    }
}

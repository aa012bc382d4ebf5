package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.policedata.Area;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Figures for a named area set, such as the 2021-25 plan's Impact Areas. */
@SpringBootTest(properties = "oversight.seed.demonstration-data=true")
@AutoConfigureMockMvc
class AreaSetPerformanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PerformanceApi performance;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAreaSetIsOfferedAndItsFiguresCountOnlyItsLsoas() throws Exception {
        List<String> lsoas = jdbc.sql(
                        "SELECT DISTINCT lsoa_code FROM policedata.street_count WHERE district = 'Coventry'"
                                + " AND lsoa_code IS NOT NULL ORDER BY lsoa_code LIMIT 20")
                .query(String.class)
                .list();
        String csv = "lsoa_code\n" + String.join("\n", lsoas) + "\n";
        policeData.importAreaSet(
                "Test impact areas",
                "impact.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "test");

        Area area = performance.area("Test impact areas");
        assertThat(area.kind()).isEqualTo(Area.Kind.AREA_SET);
        assertThat(performance.areas()).contains(area);
        long inSet = policeData
                .monthlyStreetCounts(
                        area,
                        List.of("Burglary"),
                        List.of(),
                        java.time.YearMonth.of(2014, 4),
                        java.time.YearMonth.of(2014, 4))
                .get(java.time.YearMonth.of(2014, 4));
        long inCoventry = policeData
                .monthlyStreetCounts(
                        Area.district("west-midlands", "Coventry"),
                        List.of("Burglary"),
                        List.of(),
                        java.time.YearMonth.of(2014, 4),
                        java.time.YearMonth.of(2014, 4))
                .get(java.time.YearMonth.of(2014, 4));
        assertThat(inSet).isLessThan(inCoventry);

        mvc.perform(get("/performance/plans/wm-police-and-crime-plan/versions/2014-15")
                        .param("area", "Test impact areas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test impact areas (area set)")))
                .andExpect(content().string(containsString("<strong>Test impact areas</strong>")));
    }

    private void areaSet(String name, List<String> lsoas) {
        String csv = "lsoa_code\n" + String.join("\n", lsoas) + "\n";
        policeData.importAreaSet(
                name, "set.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void anAreaSetImportedAgainWithOtherLsoasChangesItsFiguresAtOnce() {
        List<String> lsoas = jdbc.sql("SELECT DISTINCT lsoa_code FROM policedata.street_count WHERE district = 'Dudley'"
                        + " AND lsoa_code IS NOT NULL ORDER BY lsoa_code LIMIT 40")
                .query(String.class)
                .list();
        areaSet("Changing areas", lsoas.subList(0, 5));
        Area area = performance.area("Changing areas");
        java.math.BigDecimal fewer = burglary(area);
        assertThat(burglary(area)).isEqualByComparingTo(fewer);

        areaSet("Changing areas", lsoas);

        assertThat(burglary(area)).isGreaterThan(fewer);
    }

    private java.math.BigDecimal burglary(Area area) {
        return performance
                .measure("wm-police-and-crime-plan", "2014-15", "4.6", "4.6-m3", area, java.time.YearMonth.of(2015, 3))
                .orElseThrow()
                .currentValue();
    }
}

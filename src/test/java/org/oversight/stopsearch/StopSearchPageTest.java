package org.oversight.stopsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The public stop and search page and its downloads, read without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
class StopSearchPageTest {

    private static final YearMonth APRIL = YearMonth.of(2024, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    StopSearchApi stopSearch;

    @TempDir
    Path folder;

    @BeforeEach
    void importTheWiltshireSample() {
        policeData.importPaths(
                List.of(TestData.realData().resolve("2024-04-wiltshire-stop-and-search.csv")),
                false,
                "test",
                ImportListener.NONE);
    }

    /** Other tests share this application context: leave the police data as they were. */
    @AfterEach
    void removeWhatWasImported() {
        for (String force : List.of("wiltshire", "dorset")) {
            for (PoliceDataKind kind : PoliceDataKind.values()) {
                policeData.batch(kind, force, APRIL).ifPresent(b -> policeData.removeBatch(b.id(), "test"));
            }
        }
    }

    @Test
    void showsTheHeadlineFiguresToAnyoneWithoutSigningIn() throws Exception {
        mvc.perform(get("/stop-search").param("force", "wiltshire").param("period", "month"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Stop and search")))
                .andExpect(content().string(Matchers.containsString(">137<")))
                .andExpect(content().string(Matchers.containsString("39.1%")))
                .andExpect(content().string(Matchers.containsString("Target not met")))
                .andExpect(content().string(Matchers.containsString("29 linked, 24 not linked, 84 left blank")))
                .andExpect(content().string(Matchers.containsString("Residents are not the")))
                .andExpect(content().string(Matchers.containsString("id=\"no-population\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("demonstration-warning"))));
    }

    @Test
    void downloadsTheSummaryAsCsv() throws Exception {
        mvc.perform(get("/stop-search/summary.csv")
                        .param("force", "wiltshire")
                        .param("to", "2024-04")
                        .param("period", "month"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(content().string(Matchers.startsWith("force,from,to,measure,value,count,of,percent\n")))
                .andExpect(content().string(Matchers.containsString("wiltshire,2024-04,2024-04,searches,,137,,\n")))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "wiltshire,2024-04,2024-04,positive outcome rate of reasonable-grounds searches,,52,133,39.1\n")));
    }

    @Test
    void refusesAMonthOutsideTheFilesSayingWhichMonthsThereAre() throws Exception {
        mvc.perform(get("/stop-search/summary.csv").param("force", "wiltshire").param("to", "2019-01"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("run from 2024-04 to 2024-04")));
        mvc.perform(get("/stop-search").param("force", "wiltshire").param("to", "April"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("is not a month like 2024-04")));
    }

    @Test
    void aStopAndSearchMeasureOfThePlanLinksToThePage() throws Exception {
        mvc.perform(get("/performance/plans/wm-police-and-crime-plan-2021-2025/versions/2021-2025/measures/16/16-m2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"stop-search-figures\"")));
    }

    /**
     * Two street crimes at two map points of two districts; five searches: two at the first point, one
     * at the second, one without coordinates and one at a point no street crime uses. So: Poole 2,
     * Weymouth 1, not placed 2.
     */
    @Test
    void placesASearchInTheDistrictOfTheStreetCrimesAtItsMapPoint() throws Exception {
        String street = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n"
                + "a1,2024-04,Dorset Police,Dorset Police,-1.980000,50.720000,On or near High Street,E01000001,"
                + "Poole 001A,Burglary,Under investigation,\n"
                + "a2,2024-04,Dorset Police,Dorset Police,-2.450000,50.610000,On or near Park Road,E01000002,"
                + "Weymouth 002B,Burglary,Under investigation,\n";
        String header = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,"
                + "Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,"
                + "Outcome linked to object of search,Removal of more than just outer clothing\n";
        String search = "Person search,2024-04-10T12:00:00+00:00,False,,%s,%s,Male,18-24,,White,"
                + "Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False\n";
        String searches = header
                + String.format(search, "50.720000", "-1.980000")
                + String.format(search, "50.720000", "-1.980000")
                + String.format(search, "50.610000", "-2.450000")
                + String.format(search, "", "")
                + String.format(search, "50.100000", "-2.100000");
        List<FileImportResult> results = policeData.importPaths(
                List.of(
                        write("2024-04-dorset-street.csv", street),
                        write("2024-04-dorset-stop-and-search.csv", searches)),
                false,
                "test",
                ImportListener.NONE);
        assertThat(results)
                .allSatisfy(r -> assertThat(r.refused()).as("%s", r.problem()).isFalse());

        SortedMap<String, StopSearchSummary> districts = stopSearch.districts("dorset", APRIL, APRIL);

        assertThat(districts).containsOnlyKeys("", "Poole", "Weymouth");
        assertThat(districts.get("Poole").searches()).isEqualTo(2);
        assertThat(districts.get("Weymouth").searches()).isEqualTo(1);
        assertThat(districts.get("").searches()).isEqualTo(2);
        mvc.perform(get("/stop-search").param("force", "dorset"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Not placed in a district")))
                .andExpect(content().string(Matchers.containsString("Compared with other forces")))
                .andExpect(content().string(Matchers.containsString("Wiltshire Police")));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}

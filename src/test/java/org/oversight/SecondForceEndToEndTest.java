package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.force.ForceApi;
import org.oversight.performance.PerformanceApi;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.plan.PlanApi;
import org.oversight.policedata.Area;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Another force, end to end, from an empty Oversight: set up for Wiltshire, its street files (generated
 * in the data.police.uk format) and stop and search files (the real April 2024 sample after generated
 * earlier months) imported, an indicator file and a small plan file with indicator links imported
 * through the API, and its measures found computed for the force and its districts. Nothing of the
 * example force is loaded or assumed.
 */
@SpringBootTest(properties = {"oversight.seed.example-plans=false", "oversight.seed.demonstration-data=false"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondForceEndToEndTest {

    static final String FORCE = "wiltshire";
    static final YearMonth FIRST = YearMonth.of(2023, 5);
    static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final String[] DISTRICTS = {"Swindon", "Wiltshire"};
    static final List<String> REASONABLE_GROUNDS_SEARCHES =
            List.of("Misuse of Drugs Act 1971 (section 23)", "Police and Criminal Evidence Act 1984 (section 1)");
    static final List<String> NOT_POSITIVE =
            List.of("A no further action disposal", "Nothing found - no further action");

    @Autowired
    MockMvc mvc;

    @Autowired
    ForceApi force;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    PerformanceApi performance;

    @Autowired
    PlanApi plans;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path folder;

    @Test
    @Order(1)
    void anEmptyOversightHasNoForceAndAsksAnAdministratorToSetOneUp() throws Exception {
        assertThat(force.current()).isEmpty();
        assertThat(plans.plans()).isEmpty();
        assertThat(catalogue.current()).isEmpty();

        mvc.perform(get("/").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Oversight has not been set up for a police force")))
                .andExpect(content().string(Matchers.containsString("href=\"/settings/force\"")));
    }

    @Test
    @Order(2)
    void aSecondForceIsSetUpFromEmptyAndItsMeasuresAreComputed() throws Exception {
        mvc.perform(put("/api/v1/force")
                        .with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\": \"wiltshire\", \"officeName\": \"Office of the Police and Crime"
                                + " Commissioner for Wiltshire and Swindon\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Wiltshire Police"));

        importPoliceData();
        assertThat(policeData.districts(FORCE)).containsExactly(DISTRICTS);

        mvc.perform(post("/api/v1/indicators/file")
                        .with(user("analyst").roles("ANALYST"))
                        .contentType("application/yaml")
                        .content(resource("indicators.yaml")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].outcome").value("defined"));
        mvc.perform(post("/api/v1/plans")
                        .with(user("analyst").roles("ANALYST"))
                        .contentType("application/yaml")
                        .content(resource("plan.yaml")))
                .andExpect(status().isOk());

        JsonNode force = measures("");
        assertThat(force.toString())
                .doesNotContainIgnoringCase("west-midlands")
                .doesNotContainIgnoringCase("west midlands");
        JsonNode burglary = find(force, "1-m1");
        assertThat(burglary.path("asAt").asText()).isEqualTo("2024-04");
        assertThat(burglary.path("indicatorVersion").asInt()).isEqualTo(1);
        assertThat(burglary.path("currentValue").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(burglaries(APRIL)));
        assertThat(burglary.path("series")).hasSize(12);
        assertThat(burglary.path("statement").asText()).startsWith("Figures to April 2024.");

        JsonNode swindon = find(measures("Swindon"), "1-m1");
        assertThat(swindon.path("currentValue").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(burglaries(APRIL, 0)));

        List<CsvRecord> searches = realSearches();
        JsonNode drugSearches = find(force, "2-m1");
        assertThat(drugSearches.path("currentValue").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(searches.stream()
                        .filter(r -> r.getField(10).equals("Misuse of Drugs Act 1971 (section 23)"))
                        .count()));

        List<CsvRecord> withOutcome = searches.stream()
                .filter(r -> REASONABLE_GROUNDS_SEARCHES.contains(r.getField(10))
                        && !r.getField(12).isEmpty())
                .toList();
        long positive = withOutcome.stream()
                .filter(r -> !NOT_POSITIVE.contains(r.getField(12)))
                .count();
        JsonNode outcomes = find(force, "2-m2");
        assertThat(outcomes.path("currentValue").decimalValue())
                .isCloseTo(
                        BigDecimal.valueOf(100 * positive)
                                .divide(BigDecimal.valueOf(withOutcome.size()), MathContext.DECIMAL128),
                        org.assertj.core.data.Offset.offset(new BigDecimal("0.000000001")));
        // April 2024 is the only month of 2024/25 imported: the year is in progress, so the target is
        // judged on track, at risk or off track (not yet met or not met).
        assertThat(outcomes.path("targetStatus").asText()).isIn("on_track", "at_risk", "off_track");

        assertThat(find(measures("Swindon"), "2-m2").path("statement").asText())
                .contains("stop and search figures are for the whole force area only");
        assertThat(performance.areas()).extracting(Area::name).containsExactly("wiltshire", "Swindon", "Wiltshire");
    }

    private JsonNode measures(String area) throws Exception {
        String body = mvc.perform(get("/api/v1/performance/plans/wiltshire-police-and-crime-plan/versions/2024-25")
                        .param("area", area))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static JsonNode find(JsonNode measures, String ref) {
        for (JsonNode measure : measures) {
            if (measure.path("measureRef").asText().equals(ref)) {
                return measure;
            }
        }
        throw new AssertionError("no measure " + ref + " in " + measures);
    }

    private byte[] resource(String name) throws IOException {
        try (var input = getClass().getResourceAsStream("/second-force/" + name)) {
            return input.readAllBytes();
        }
    }

    /** Burglaries of a district (0: Swindon, 1: Wiltshire) in a month, as the generated files have them. */
    static int burglaries(YearMonth month, int district) {
        return 20 + 3 * district + (month.getMonthValue() * 7 + district * 5) % 11;
    }

    /** The force's burglaries in a month: its districts', and one with no location. */
    static int burglaries(YearMonth month) {
        return burglaries(month, 0) + burglaries(month, 1) + 1;
    }

    /** Twelve months of street files and eleven of stop and search before the real April 2024 sample. */
    private void importPoliceData() throws IOException {
        for (int i = 0; i < 12; i++) {
            YearMonth month = FIRST.plusMonths(i);
            Path monthFolder = Files.createDirectories(folder.resolve(month.toString()));
            writeStreet(monthFolder.resolve(month + "-" + FORCE + "-street.csv"), month);
            if (!month.equals(APRIL)) {
                writeSearches(monthFolder.resolve(month + "-" + FORCE + "-stop-and-search.csv"), month);
            }
        }
        Files.copy(
                TestData.realData().resolve("2024-04-wiltshire-stop-and-search.csv"),
                folder.resolve("2024-04/2024-04-wiltshire-stop-and-search.csv"));
        List<FileImportResult> results = policeData.importPaths(List.of(folder), false, "test", ImportListener.NONE);
        assertThat(results)
                .hasSize(24)
                .allSatisfy(r -> assertThat(r.refused()).as("%s", r.problem()).isFalse());
    }

    private static void writeStreet(Path file, YearMonth month) throws IOException {
        StringBuilder rows = new StringBuilder(String.join(",", PoliceDataKind.STREET.header())).append('\n');
        int id = 0;
        for (int d = 0; d < DISTRICTS.length; d++) {
            String lsoa = DISTRICTS[d] + " 0" + (10 + d) + "A";
            for (int n = 0; n < burglaries(month, d); n++) {
                rows.append(street(month, "w" + month + "-" + id++, lsoa, "Burglary"));
            }
            for (int n = 0; n < 40 + d; n++) {
                rows.append(street(month, "w" + month + "-" + id++, lsoa, "Violence and sexual offences"));
            }
        }
        rows.append(street(month, "w" + month + "-" + id, "", "Burglary"));
        Files.writeString(file, rows, StandardCharsets.UTF_8);
    }

    private static String street(YearMonth month, String id, String lsoaName, String type) {
        String place = lsoaName.isEmpty() ? ",,No Location,," : "-1.79,51.56,On or near Station Road,E01031000,";
        return id + "," + month + ",Wiltshire Police,Wiltshire Police," + place + lsoaName + "," + type
                + ",Under investigation,\n";
    }

    private static void writeSearches(Path file, YearMonth month) throws IOException {
        StringBuilder rows = new StringBuilder(String.join(",", PoliceDataKind.STOP_AND_SEARCH.header())).append('\n');
        for (int n = 0; n < 130; n++) {
            String legislation = n % 2 == 0
                    ? "Misuse of Drugs Act 1971 (section 23)"
                    : "Police and Criminal Evidence Act 1984 (section 1)";
            String outcome = n % 3 == 0 ? "Arrest" : "A no further action disposal";
            rows.append("Person search,")
                    .append(month.atDay(1 + n % 28))
                    .append(
                            "T12:00:00+00:00,,,51.56,-1.79,Male,18-24,White - English/Welsh/Scottish/Northern Irish/British,White,")
                    .append(legislation)
                    .append(",Controlled drugs,")
                    .append(outcome)
                    .append(",,False\n");
        }
        Files.writeString(file, rows, StandardCharsets.UTF_8);
    }

    private static List<CsvRecord> realSearches() throws IOException {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv =
                CsvReader.builder().ofCsvRecord(TestData.realData().resolve("2024-04-wiltshire-stop-and-search.csv"))) {
            csv.skipLines(1);
            csv.forEach(rows::add);
        }
        return rows;
    }
}

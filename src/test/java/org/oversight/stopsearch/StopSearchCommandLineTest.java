package org.oversight.stopsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.CommandLineLauncher;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.testdata.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code ./oversight stop-search} on the real Wiltshire sample of April 2024 (137 rows). The expected
 * counts were taken from the file independently of Oversight, with Python's csv module:
 *
 * <pre>
 * Legislation: Misuse of Drugs Act 1971 (section 23) 75, Police and Criminal Evidence Act 1984 (section 1) 62
 * Outcome: A no further action disposal 81, Arrest 39, Community resolution 11, (blank) 4, Khat or Cannabis warning 2
 *   recorded 133, positive 52: 52 / 133 = 39.1%; every search is under a reasonable-grounds power, so the same
 * Outcome linked to object of search: True 29, False 24, (blank) 84
 * Removal of more than just outer clothing: True 7 (7 / 137 = 5.1%), False 127, (blank) 3
 * Age range: 10-17 35 (35 / 137 = 25.5%), under 10 none; section 60 none
 * Self-defined broad group: White 88, Black 8, Asian 5, Other 1, Mixed 0, not recorded 35 (32 "Not stated", 3 blank)
 * Officer-defined: White 100, Black 11, Asian 5, Other 2, blank 19
 * </pre>
 *
 * With the test population White 600,000, Black 6,000, Asian 10,000, Mixed 8,000, Other 3,000 (made up
 * for the test; not Wiltshire's): White 88 × 1000 / 600000 = 0.147 per 1,000; Black 8 × 1000 / 6000 =
 * 1.333, ratio 1.3333 / 0.14667 = 9.09, interval exp(ln 9.0909 ± 1.96 √(1/8 + 1/88)) = 4.41 to 18.75;
 * Asian 0.5, ratio 3.41, 1.38 to 8.39; Other 0.333, ratio 2.27, 0.32 to 16.32; Mixed 0, ratio 0, none.
 */
@SpringBootTest
class StopSearchCommandLineTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    PoliceDataApi policeData;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

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
        policeData
                .batch(PoliceDataKind.STOP_AND_SEARCH, "wiltshire", YearMonth.of(2024, 4))
                .ifPresent(b -> policeData.removeBatch(b.id(), "test"));
    }

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private String population(String content) throws IOException {
        return Files.writeString(folder.resolve("population.csv"), content).toString();
    }

    private String testPopulation() throws IOException {
        return population("ethnic_group,population\nWhite,600000\nBlack,6000\nAsian,10000\nMixed,8000\nOther,3000\n");
    }

    @Test
    void summaryGivesTheCountsTheWiltshireFileGives() throws Exception {
        Run run =
                run("stop-search", "summary", "--force", "wiltshire", "--from", "2024-04", "--to", "2024-04", "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode s = json.readTree(run.out());
        assertThat(s.get("searches").asLong()).isEqualTo(137);
        assertThat(s.at("/byLegislation/Misuse of Drugs Act 1971 (section 23)").asLong())
                .isEqualTo(75);
        assertThat(s.at("/byLegislation/Police and Criminal Evidence Act 1984 (section 1)")
                        .asLong())
                .isEqualTo(62);
        assertThat(s.at("/byOutcome/A no further action disposal").asLong()).isEqualTo(81);
        assertThat(s.at("/byOutcome/Arrest").asLong()).isEqualTo(39);
        assertThat(s.at("/byOutcome/Community resolution").asLong()).isEqualTo(11);
        assertThat(s.at("/byOutcome/Khat or Cannabis warning").asLong()).isEqualTo(2);
        assertThat(s.get("byOutcome").get("").asLong()).isEqualTo(4);
        assertThat(s.at("/positiveOutcomes/outcomeRecorded").asLong()).isEqualTo(133);
        assertThat(s.at("/positiveOutcomes/positive").asLong()).isEqualTo(52);
        assertThat(s.at("/positiveOutcomes/rate").asDouble()).isEqualTo(39.1);
        assertThat(s.at("/reasonableGrounds/searches").asLong()).isEqualTo(137);
        assertThat(s.at("/reasonableGrounds/rate").asDouble()).isEqualTo(39.1);
        assertThat(s.at("/reasonableGrounds/meetsTarget").asBoolean()).isFalse();
        assertThat(s.at("/linkedOutcomes/true").asLong()).isEqualTo(29);
        assertThat(s.at("/linkedOutcomes/false").asLong()).isEqualTo(24);
        assertThat(s.at("/linkedOutcomes/recorded").asLong()).isEqualTo(53);
        assertThat(s.at("/linkedOutcomes/blank").asLong()).isEqualTo(84);
        assertThat(s.at("/stripSearches/count").asLong()).isEqualTo(7);
        assertThat(s.at("/stripSearches/rate").asDouble()).isEqualTo(5.1);
        assertThat(s.at("/stripSearches/notRecorded").asLong()).isEqualTo(3);
        assertThat(s.at("/children/under10").asLong()).isZero();
        assertThat(s.at("/children/aged10To17").asLong()).isEqualTo(35);
        assertThat(s.at("/children/rate").asDouble()).isEqualTo(25.5);
        assertThat(s.at("/section60/count").asLong()).isZero();
        assertThat(s.get("demonstration").asBoolean()).isFalse();
    }

    @Test
    void disproportionalityGivesTheContractsFieldsWithRatesRatiosAndIntervals() throws Exception {
        Run run = run(
                "stop-search",
                "disproportionality",
                "--force",
                "wiltshire",
                "--from",
                "2024-04",
                "--to",
                "2024-04",
                "--population",
                testPopulation(),
                "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode d = json.readTree(run.out());
        assertThat(fieldNames(d))
                .containsExactly("force", "from", "to", "ethnicity", "searches", "unrecordedEthnicity", "groups");
        assertThat(d.get("force").asText()).isEqualTo("wiltshire");
        assertThat(d.get("from").asText()).isEqualTo("2024-04");
        assertThat(d.get("ethnicity").asText()).isEqualTo("self-defined");
        assertThat(d.get("searches").asLong()).isEqualTo(137);
        assertThat(d.get("unrecordedEthnicity").asLong()).isEqualTo(35);
        JsonNode black = d.get("groups").get(1);
        assertThat(fieldNames(black))
                .containsExactly("group", "searches", "population", "ratePer1000", "ratioToWhite", "ciLow", "ciHigh");
        assertThat(black.get("group").asText()).isEqualTo("Black");
        assertThat(black.get("searches").asLong()).isEqualTo(8);
        assertThat(black.get("population").asLong()).isEqualTo(6000);
        assertThat(black.get("ratePer1000").asDouble()).isEqualTo(1.333);
        assertThat(black.get("ratioToWhite").asDouble()).isEqualTo(9.09);
        assertThat(black.get("ciLow").asDouble()).isEqualTo(4.41);
        assertThat(black.get("ciHigh").asDouble()).isEqualTo(18.75);
        JsonNode asian = d.get("groups").get(0);
        assertThat(asian.get("ratioToWhite").asDouble()).isEqualTo(3.41);
        assertThat(asian.get("ciLow").asDouble()).isEqualTo(1.38);
        assertThat(asian.get("ciHigh").asDouble()).isEqualTo(8.39);
        JsonNode mixed = d.get("groups").get(2);
        assertThat(mixed.get("searches").asLong()).isZero();
        assertThat(mixed.get("ciLow").isNull()).isTrue();
        JsonNode white = d.get("groups").get(4);
        assertThat(white.get("searches").asLong()).isEqualTo(88);
        assertThat(white.get("ratePer1000").asDouble()).isEqualTo(0.147);
        assertThat(white.get("ratioToWhite").asDouble()).isEqualTo(1.0);
    }

    @Test
    void disproportionalityReadsTheOfficersAccountWhenAsked() throws Exception {
        Run run = run(
                "stop-search",
                "disproportionality",
                "--force=wiltshire",
                "--from=2024-04",
                "--to=2024-04",
                "--ethnicity=officer-defined",
                "--population=" + testPopulation(),
                "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode d = json.readTree(run.out());
        assertThat(d.get("ethnicity").asText()).isEqualTo("officer-defined");
        assertThat(d.get("unrecordedEthnicity").asLong()).isEqualTo(19);
        assertThat(d.get("groups").get(4).get("searches").asLong()).isEqualTo(100);
        assertThat(d.get("groups").get(1).get("searches").asLong()).isEqualTo(11);
    }

    @Test
    void disproportionalityWithoutAnyPopulationExitsOneSayingSo() {
        Run run = run(
                "stop-search", "disproportionality", "--force", "wiltshire", "--from", "2024-04", "--to", "2024-04");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("No population is imported for wiltshire's force area")
                .contains("--population");
    }

    @Test
    void aBadPopulationFileIsRefusedWithItsFileLineAndColumn() throws Exception {
        String file = population("ethnic_group,population\nWhite,lots\n");

        Run run = run(
                "stop-search",
                "disproportionality",
                "--force",
                "wiltshire",
                "--from",
                "2024-04",
                "--to",
                "2024-04",
                "--population",
                file);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains(file + " line 2 column 2 (population): 'lots' is not a whole number");
    }

    @Test
    void anUnknownForceABadMonthAndMonthsOutOfOrderAreRefusedClearly() {
        Run unknown =
                run("stop-search", "summary", "--force", "atlantis", "--from", "2024-04", "--to", "2024-04", "--json");
        Run noData = run("stop-search", "summary", "--force", "dorset", "--from", "2024-04", "--to", "2024-04");
        Run badMonth = run("stop-search", "summary", "--force", "wiltshire", "--from", "April", "--to", "2024-04");
        Run reversed = run("stop-search", "summary", "--force", "wiltshire", "--from", "2024-05", "--to", "2024-04");
        Run noMonths = run("stop-search", "summary", "--force", "wiltshire", "--from", "2020-01", "--to", "2020-03");

        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err())
                .contains("'atlantis' is not a force slug data.police.uk uses")
                .contains("wiltshire");
        assertThat(noData.err()).contains("No stop and search data is imported for dorset");
        assertThat(badMonth.err()).contains("--from 'April' is not a month like 2024-04");
        assertThat(reversed.err()).contains("The first month 2024-05 is after the last month 2024-04");
        assertThat(noMonths.err())
                .contains("No stop and search file of wiltshire is imported from 2020-01 to 2020-03")
                .contains("2024-04");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

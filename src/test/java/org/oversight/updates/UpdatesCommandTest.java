package org.oversight.updates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code ./oversight updates list --plan KEY --cycle NAME --json}, the stable contract, read on the
 * December 2014 example cycle: every update of seed 001 is there, with the report's wording.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UpdatesCommandTest {

    static final String CYCLE = "December 2014 Board";

    @Autowired
    ConfigurableApplicationContext context;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private Map<String, JsonNode> byRef(JsonNode document) {
        Map<String, JsonNode> byRef = new HashMap<>();
        document.get("commitments").forEach(item -> byRef.put(item.get("ref").asText(), item));
        return byRef;
    }

    @Test
    void listsEachCommitmentOfTheExampleCycleWithItsStateStatusAndNarrative() throws Exception {
        Run run = run("updates", "list", "--plan", "wm-police-and-crime-plan", "--cycle", CYCLE, "--json");
        assertThat(run.status()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("cycle").asText()).isEqualTo(CYCLE);
        assertThat(document.get("example").asBoolean()).isTrue();
        assertThat(document.get("commitments")).hasSize(52);
        Map<String, JsonNode> items = byRef(document);

        JsonNode confidence = items.get("4.1-1");
        assertThat(confidence.get("lead").asText()).isEqualTo("ACC Local Policing");
        assertThat(confidence.get("leadAsReported").asText()).isEqualTo("Lead ACC Local Policing – 6 monthly");
        assertThat(confidence.get("cadence").asText()).isEqualTo("6 monthly");
        assertThat(confidence.get("state").asText()).isEqualTo("accepted");
        assertThat(confidence.get("status").isNull()).isTrue();
        assertThat(confidence.get("narrative").asText())
                .startsWith("The latest wave from the Feeling the Difference public perception survey");

        assertThat(items.get("4.2-5").get("state").asText()).isEqualTo("not-required");
        assertThat(items.get("4.2-5").get("reason").asText()).isEqualTo("Not required");
        assertThat(items.get("4.2-6").get("state").asText()).isEqualTo("deferred");
        assertThat(items.get("4.2-6").get("reason").asText()).isEqualTo("To be included next Quarter");
        assertThat(items.get("4.3-2").get("state").asText()).isEqualTo("overdue");
        assertThat(items.get("4.3-2").get("reason").asText()).isEqualTo("Required: WMOPC to update in December 2014");
        assertThat(items.get("4.5-5").get("reason").asText())
                .isEqualTo(
                        "Not required – procurement to be re-assessed as part of planning process and PCC’s priorities");
        assertThat(items.get("4.7-6").get("leads")).hasSize(2);
        assertThat(items.get("4.7-6").get("leadAsReported").asText())
                .isEqualTo("Lead ACC Local Policing/Crime - Quarterly");
    }

    @Test
    void theExampleCycleHoldsEveryUpdateOfTheBoardReport() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(run("updates", "list", "--plan", "wm-police-and-crime-plan", "--cycle", CYCLE, "--json")
                        .out());
        List<String> accepted = new ArrayList<>();
        List<String> notReported = new ArrayList<>();
        for (JsonNode item : document.get("commitments")) {
            if (item.get("state").asText().equals("accepted")) {
                accepted.add(item.get("ref").asText());
            }
            if (item.get("reason").asText().endsWith("report has no entry for it.")) {
                notReported.add(item.get("ref").asText());
            }
        }
        // 48 milestones in the report: 41 with an update, 7 with only a wording (3 "Required", 3 "Not required", 1
        // deferred).
        assertThat(accepted).hasSize(41);
        assertThat(notReported).containsExactlyInAnyOrder("4.4-7", "4.7-8", "4.10-1", "4.10-2");
        assertThat(byRef(document).get("4.9-5").get("narrative").asText())
                .contains("### Street Triage", "Funding has been secured now until April 2016");
        assertThat(byRef(document).get("4.1-7").get("narrative").asText())
                .contains("- Domestic abuse;\n- Child sexual exploitation;");
    }

    @Test
    void printsOneLineACommitmentWithoutJson() {
        Run run = run("updates", "list", "--plan", "wm-police-and-crime-plan", "--cycle", CYCLE);
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("December 2014 Board, wm-police-and-crime-plan 2014-15: deadline 2014-11-24 (example data)")
                .contains("4.1-5\tACC Operations\tQuarterly\taccepted\t-\t");
        String street = run.out()
                .lines()
                .filter(line -> line.startsWith("4.9-5\t"))
                .findFirst()
                .orElseThrow();
        assertThat(street.split("\t"))
                .as("ref, lead, cadence, state, status and narrative")
                .hasSize(6);
        assertThat(street.split("\t")[5])
                .as("the narrative, on one line")
                .contains("### Street Triage", "Funding has been secured now until April 2016")
                .doesNotContain("\n");
    }

    @Test
    void anUnknownCycleIsRefusedNamingTheCyclesThereAre() {
        Run run = run("updates", "list", "--plan", "wm-police-and-crime-plan", "--cycle", "June 2099");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("plan wm-police-and-crime-plan has no cycle called 'June 2099'", CYCLE);
    }
}

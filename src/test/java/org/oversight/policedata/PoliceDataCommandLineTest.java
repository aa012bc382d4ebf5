package org.oversight.policedata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code ./oversight import police-data} and {@code export police-counts}, as in the command-line contract. */
@SpringBootTest
class PoliceDataCommandLineTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    PoliceDataApi policeData;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @AfterEach
    void removeWhatWasImported() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id()));
    }

    @Test
    void eachRunStartsFromTheCommandsDefaults() {
        Run json = run("import", "police-data", folder.resolve("missing").toString(), "--json");
        Run text = run("import", "police-data", folder.resolve("missing").toString());
        assertThat(json.out()).startsWith("{");
        assertThat(text.out()).contains("refused, nothing was stored: no such file or folder");
    }

    @Test
    void importsAFolderAndPrintsTheJsonSummary() throws Exception {
        Run run = run("import", "police-data", PoliceFiles.realSamples(folder).toString(), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{");
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.get("imported").asInt()).isEqualTo(3);
        assertThat(summary.get("refused").asInt()).isZero();
        JsonNode street = null;
        for (JsonNode file : summary.get("files")) {
            if (file.get("kind").asText().equals("street")) {
                street = file;
            }
        }
        assertThat(street).isNotNull();
        assertThat(street.get("force").asText()).isEqualTo("west-midlands");
        assertThat(street.get("month").asText()).isEqualTo("2024-04");
        assertThat(street.get("rowsAccepted").asLong()).isEqualTo(430);
        assertThat(street.get("rowsRejected").asLong()).isZero();
        assertThat(street.get("status").asText()).isEqualTo("imported");
    }

    @Test
    void exportsCountsWhoseTotalsAreTheFilesRows() throws Exception {
        run("import", "police-data", PoliceFiles.realSamples(folder).toString());

        Run run = run(
                "export",
                "police-counts",
                "--kind",
                "street",
                "--force",
                "west-midlands",
                "--month",
                "2024-04",
                "--by",
                "crime-type,last-outcome-category");

        assertThat(run.status()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("crime-type,last-outcome-category,count");
        long total = 0;
        for (int i = 1; i < lines.length; i++) {
            total += Long.parseLong(lines[i].substring(lines[i].lastIndexOf(',') + 1));
        }
        assertThat(total).isEqualTo(430);
        assertThat(run.out()).contains("Anti-social behaviour,,47\n");
        assertThat(run.out()).contains("Burglary,Investigation complete; no suspect identified,8\n");
        assertThat(run.err()).doesNotContain("demonstration data");
    }

    @Test
    void aRefusedFileMakesTheCommandFailAndSaysWhere() throws Exception {
        Path bad = PoliceFiles.write(folder, "2024-04-west-midlands-street.csv", "Crime ID,Month\n");

        Run run = run("import", "police-data", bad.toString(), "--json");

        assertThat(run.status()).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        assertThat(file.get("status").asText()).isEqualTo("refused");
        assertThat(file.get("problem").get("line").asLong()).isEqualTo(1);
        assertThat(file.get("problem").get("column").asInt()).isEqualTo(3);
    }

    @Test
    void saysWhichFieldsCanBeCounted() throws Exception {
        run("import", "police-data", PoliceFiles.realSamples(folder).toString());
        Run run = run(
                "export",
                "police-counts",
                "--kind",
                "stop-and-search",
                "--force",
                "wiltshire",
                "--month",
                "2024-04",
                "--by",
                "colour");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("'colour' is not a field of stop-and-search files")
                .contains("object-of-search");
    }
}

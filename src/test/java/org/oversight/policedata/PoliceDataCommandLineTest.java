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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void removeWhatWasImported() {
        policeData.batches().forEach(batch -> policeData.removeBatch(batch.id(), "test"));
        jdbc.sql("DELETE FROM policedata.month_mark").update();
    }

    /** December 2014 to March 2015 of 300 rows and a 2-row April 2015, in a folder. */
    private Path shortApril() throws java.io.IOException {
        Path months = folder.resolve("months");
        for (int i = 0; i < 5; i++) {
            java.time.YearMonth month = java.time.YearMonth.of(2014, 12).plusMonths(i);
            org.oversight.policedata.demo.DemonstrationData.writeStreetFile(
                    months.resolve(month + "-west-midlands-street.csv"), month, i == 4 ? 2 : 300, i);
        }
        return months;
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
        assertThat(street.get("complete").asBoolean()).isTrue();
        assertThat(street.get("completeness").get("judgement").asText()).isEqualTo("too_few_to_compare");
        assertThat(street.get("dataQuality").get("invalid").size()).isZero();
        assertThat(street.has("duplicateRows")).isTrue();
        assertThat(street.has("batchId")).isTrue();
        assertThat(street.has("demonstration")).isTrue();
        assertThat(street.has("problem")).isTrue();
    }

    @Test
    void theSummarySaysWhenAFilesMonthIsIncomplete() throws Exception {
        Run text = run("import", "police-data", shortApril().toString());

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("2015-04-west-midlands-street.csv: imported (west-midlands, 2015-04, street): 2 rows."
                        + " INCOMPLETE MONTH: 2 rows, far fewer than the 300 usual in the nearest months (at least"
                        + " half is expected). Performance figures leave the month out.")
                .contains("1 file is for a month that is incomplete");

        Run json = run("import", "police-data", folder.resolve("months").toString(), "--json");
        JsonNode april = new ObjectMapper().readTree(json.out()).get("files").get(4);
        assertThat(april.get("status").asText()).isEqualTo("unchanged");
        assertThat(april.get("complete").asBoolean()).isFalse();
        assertThat(april.get("completeness").get("referenceRows").asLong()).isEqualTo(300);
        assertThat(april.get("completeness").get("reason").asText()).startsWith("2 rows, far fewer");
    }

    @Test
    void listsTheMonthsAndMarksAndClearsOne() throws Exception {
        run("import", "police-data", shortApril().toString());

        Run months = run("police-data", "months", "--force", "west-midlands", "--kind", "street");
        assertThat(months.status()).isZero();
        assertThat(months.out())
                .startsWith("month\trows\tusual\trule\tcounts as\tmarked by\treason\n")
                .contains("2015-04\t2\t300\ttoo_small\tincomplete\t\t2 rows, far fewer");

        Run marked = run(
                "police-data",
                "mark-month",
                "--force",
                "west-midlands",
                "--kind",
                "street",
                "--month",
                "2015-04",
                "complete",
                "--note",
                "a quiet month");
        assertThat(marked.status()).as(marked.err()).isZero();
        assertThat(marked.out()).startsWith("west-midlands street 2015-04: marked complete. Marked complete by cli:");
        assertThat(policeData
                        .completeness("west-midlands", PoliceDataKind.STREET, java.time.YearMonth.of(2015, 4))
                        .orElseThrow()
                        .complete())
                .isTrue();
        JsonNode json = new ObjectMapper()
                .readTree(run("police-data", "months", "--force", "west-midlands", "--kind", "street", "--json")
                        .out());
        assertThat(json.get(4).get("mark").get("note").asText()).isEqualTo("a quiet month");

        Run cleared =
                run("police-data", "clear-mark", "--force", "west-midlands", "--kind", "street", "--month", "2015-04");
        assertThat(cleared.out()).startsWith("west-midlands street 2015-04: no mark; by the rule it is incomplete.");
    }

    @Test
    void aMarkWithoutANoteOrWithABadChoiceIsRefusedSayingWhy() throws Exception {
        run("import", "police-data", shortApril().toString());
        String[] month = {"--force", "west-midlands", "--kind", "street", "--month", "2015-04"};

        Run blank = run(concat(new String[] {"police-data", "mark-month"}, month, "incomplete", "--note", " "));
        assertThat(blank.status()).isEqualTo(1);
        assertThat(blank.err()).contains("Say why the month is incomplete: a mark needs a note.");

        Run choice = run(concat(new String[] {"police-data", "mark-month"}, month, "done", "--note", "x"));
        assertThat(choice.status()).isEqualTo(2);
        assertThat(choice.err()).contains("say 'complete' or 'incomplete', not 'done'");

        Run kind = run("police-data", "months", "--force", "west-midlands", "--kind", "crimes");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind must be street, outcomes or stop-and-search, not 'crimes'");
    }

    private static String[] concat(String[] start, String[] middle, String... end) {
        String[] all = new String[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    @Test
    void exportedDistrictCountsLeaveTheDistrictEmptyForRowsWithNoneAndAddUpToTheFile() throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(
                PoliceFiles.realData().resolve("2024-04-west-midlands-street-head.csv"));
        lines.set(
                1, lines.get(1).replaceFirst(",-1\\.[0-9]+,52\\.[0-9]+,[^,]*,E01[0-9]{6},[^,]*,", ",,,No Location,,,"));
        Path file = folder.resolve("2024-04-west-midlands-street.csv");
        java.nio.file.Files.write(file, lines);
        run("import", "police-data", file.toString());

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
                "district");

        assertThat(run.out()).startsWith("district,count\n").contains("\n,1\n");
        long total = run.out()
                .lines()
                .skip(1)
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1)))
                .sum();
        assertThat(total).isEqualTo(430);
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

    private Path lsoas() throws java.io.IOException {
        return java.nio.file.Files.writeString(folder.resolve("areas.csv"), "lsoa_code\nE01009417\nE01009418\n");
    }

    @Test
    void anAreaSetNameWithSpacesAroundIsTrimmedSoImportingItAgainReplacesIt() throws java.io.IOException {
        try {
            Run first = run("import", "area-set", "--name", "Command  Line Areas ", lsoas().toString());
            Run again = run("import", "area-set", "--name", "Command  Line Areas ", lsoas().toString());

            assertThat(first.status()).as(first.err()).isZero();
            assertThat(again.status()).as(again.err()).isZero();
            assertThat(again.out()).isEqualTo("area set 'Command Line Areas': 2 LSOAs" + System.lineSeparator());
            assertThat(again.err()).isEmpty();
            assertThat(policeData.areaSets())
                    .filteredOn(set -> set.name().startsWith("Command"))
                    .extracting(AreaSet::name)
                    .containsExactly("Command Line Areas");
        } finally {
            jdbc.sql("DELETE FROM policedata.area_set WHERE name LIKE 'Command%'")
                    .update();
        }
    }

    @Test
    void anAreaSetNameWithALineBreakIsRefusedSayingWhy() throws java.io.IOException {
        Run run = run("import", "area-set", "--name", "Impact\nAreas", lsoas().toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("refused, nothing was stored:")
                .contains(
                        "the area set's name 'Impact\\nAreas' holds a line break or control character at character 7");
        assertThat(policeData.areaSets()).extracting(AreaSet::name).doesNotContain("Impact\nAreas");
    }
}

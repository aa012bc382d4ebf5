package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.CommandLineLauncher;

/**
 * {@code ./oversight spc}, as in the command-line contract, run as {@code ./oversight} runs it: it
 * needs no database, so the application must not be started.
 */
class SpcCommandLineTest {

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineLauncher.run(
                args,
                commandLine -> {
                    commandLine.setOut(new PrintWriter(out));
                    commandLine.setErr(new PrintWriter(err));
                },
                arguments -> {
                    throw new AssertionError("spc started the application");
                });
        return new Run(status, out.toString(), err.toString());
    }

    private String csv(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    @Test
    void printsTheContractsJsonForTheHandWorkedSeries() throws Exception {
        Run run = run(
                "spc",
                "--direction",
                "increase",
                "--target",
                "0",
                "--input",
                csv("crime.csv", SpcExamples.CSV),
                "--json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(SpcExamples.JSON + System.lineSeparator());
        JsonNode chart = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(chart))
                .containsExactly("centre", "lowerLimit", "upperLimit", "trial", "variation", "assurance", "points");
        assertThat(fieldNames(chart.get("points").get(0))).containsExactly("period", "value", "pointType");
        assertThat(chart.get("lowerLimit").asDouble()).isCloseTo(0.015, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void sevenMonthsAboveTheCentreAfterAFixedBaselineAreAShift() throws Exception {
        Run run = run(
                "spc",
                "--direction",
                "increase",
                "--fix-after",
                "12",
                "--input",
                csv("shift.csv", SpcExamples.SHIFT_CSV),
                "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode chart = new ObjectMapper().readTree(run.out());
        assertThat(chart.get("centre").asDouble()).isEqualTo(10.5);
        assertThat(chart.get("variation").asText()).isEqualTo("special_cause_improvement");
        assertThat(chart.get("assurance").isNull()).isTrue();
        List<String> types = new ArrayList<>();
        chart.get("points").forEach(point -> types.add(point.get("pointType").asText()));
        assertThat(chart.get("trial").asBoolean()).isFalse();
        assertThat(types.subList(0, 12)).containsOnly("common_cause");
        assertThat(types.subList(12, 19)).containsOnly("special_cause_improvement");
    }

    @Test
    void rebasesAtTheNamedPeriodAndReportsTheLastSegmentsLimits() throws Exception {
        String series = "period,value\n2024-01,10\n2024-02,11\n2024-03,10\n2024-04,20\n2024-05,21\n2024-06,20\n";

        Run run =
                run("spc", "--direction", "neutral", "--rebase", "2024-04", "--input", csv("r.csv", series), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode chart = new ObjectMapper().readTree(run.out());
        assertThat(chart.get("centre").asDouble()).isCloseTo(61.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(chart.get("trial").asBoolean()).isTrue();
    }

    @Test
    void refusesABadCsvWithTheLineOfEveryProblem() throws Exception {
        String file = csv("bad.csv", "period,value\n2024-01,5\n2024-02,abc\n2024-03,\n2024-01,7\n2024-05,1,2\n");

        Run run = run("spc", "--direction", "increase", "--input", file, "--json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(file + ":3: 'abc' is not a number")
                .contains(file + ":4: the value is missing")
                .contains(file + ":5: the period 2024-01 is already on line 2")
                .contains(file + ":6: expected 2 fields (period,value), found 3");
    }

    @Test
    void refusesAFileWithoutTheHeader() throws Exception {
        String file = csv("no-header.csv", "2024-01,5\n2024-02,6\n");

        Run run = run("spc", "--direction", "increase", "--input", file);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":1: the first line must be the header period,value");
    }

    @Test
    void refusesOptionsThatCannotMakeAChart() throws Exception {
        String file = csv("crime.csv", SpcExamples.CSV);

        Run tooLong = run("spc", "--direction", "increase", "--fix-after", "12", "--input", file);
        Run tooFew = run("spc", "--direction", "increase", "--fix-after", "6", "--input", file);
        Run badDirection = run("spc", "--direction", "up", "--input", file);
        Run missingFile = run(
                "spc",
                "--direction",
                "up",
                "--input",
                folder.resolve("none.csv").toString());

        assertThat(tooLong.status()).isEqualTo(2);
        assertThat(tooLong.err()).contains("cannot fix the limits after 12 points: the series has only 5");
        assertThat(tooFew.status()).isEqualTo(2);
        assertThat(tooFew.err()).contains("fix after must be at least 12 points");
        assertThat(badDirection.status()).isEqualTo(2);
        assertThat(badDirection.err()).contains("must be increase, decrease, neutral, not 'up'");
        assertThat(missingFile.status()).isEqualTo(2);
    }

    @Test
    void printsAReadableTableWithoutJson() throws Exception {
        Run run = run("spc", "--direction", "increase", "--target", "0", "--input", csv("crime.csv", SpcExamples.CSV));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Centre 6, lower process limit 0.015, upper process limit 11.985 (trial limits")
                .contains("Variation: common cause. Assurance: consistent pass.")
                .containsPattern("2024-05 +4 +4 +6 +0.015 +11.985 +common cause");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

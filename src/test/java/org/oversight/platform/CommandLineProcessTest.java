package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;

/**
 * {@code ./oversight} as its own process (the application's main method with
 * {@code -Doversight.cli=true}): help and {@code spc} answer with only their output on standard
 * output, their exit status, and no database (its folder is never made).
 */
class CommandLineProcessTest {

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run oversight(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Doversight.cli=true",
                OversightApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theHelpIsAnsweredWithoutADatabase() throws Exception {
        Path database = folder.resolve("database");

        Run run = oversight("--help", "--data-dir", database.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: oversight ");
        assertThat(run.out())
                .contains(CommandLineLauncherTest.COMMAND_GROUPS.stream()
                        .map(name -> "  " + name + " ")
                        .toList());
        assertThat(run.err()).isEmpty();
        assertThat(database).doesNotExist();
    }

    @Test
    void spcPrintsOnlyItsJsonAndNeedsNoDatabase() throws Exception {
        Path database = folder.resolve("database");
        Path series = Files.writeString(folder.resolve("series.csv"), "period,value\n2024-01,5\n2024-02,7\n");

        Run run = oversight(
                "spc",
                "--direction",
                "increase",
                "--input",
                series.toString(),
                "--json",
                "--data-dir",
                database.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"centre\":6.0,").endsWith("}" + System.lineSeparator());
        assertThat(run.out().lines()).hasSize(1);
        assertThat(database).doesNotExist();
    }

    @Test
    void badInputKeepsItsExitStatus() throws Exception {
        Run run = oversight(
                "spc",
                "--direction",
                "up",
                "--input",
                folder.resolve("none.csv").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("must be increase, decrease, neutral, not 'up'");
    }
}

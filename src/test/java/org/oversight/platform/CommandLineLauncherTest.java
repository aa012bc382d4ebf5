package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./oversight} answers before any application starts (help, usage, parse errors,
 * commands without dependencies), and that every other command starts the application, once.
 */
class CommandLineLauncherTest {

    /** Every command group of every module, as the help must list them. */
    static final List<String> COMMAND_GROUPS = List.of(
            "audit",
            "export",
            "finance",
            "force",
            "import",
            "indicators",
            "observations",
            "peer-groups",
            "plan",
            "police-data",
            "population",
            "report",
            "spc",
            "stop-search",
            "updates",
            "users");

    @TempDir
    Path folder;

    record Run(int status, String out, String err, List<List<String>> starts) {}

    /** Runs the command line with an application that cannot start: it only records that it was asked to. */
    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<List<String>> starts = new ArrayList<>();
        CommandLineLauncher.Application application = arguments -> {
            starts.add(List.of(arguments));
            throw new IllegalStateException("no database in this test");
        };
        int status = CommandLineLauncher.run(
                args,
                commandLine -> {
                    commandLine.setOut(new PrintWriter(out));
                    commandLine.setErr(new PrintWriter(err));
                },
                application);
        return new Run(status, out.toString(), err.toString(), starts);
    }

    private String dataDir() {
        return folder.resolve("database").toString();
    }

    @Test
    void theHelpListsEveryModulesCommandsWithoutStartingTheApplication() {
        Run run = run("--help", "--data-dir", dataDir());

        assertThat(run.status()).isZero();
        assertThat(run.starts()).isEmpty();
        assertThat(Path.of(dataDir())).doesNotExist();
        String commands = run.out().substring(run.out().indexOf("Commands:"));
        List<String> listed = commands.lines()
                .filter(line -> line.startsWith("  ") && !line.startsWith("   "))
                .map(line -> line.strip().split(" ")[0])
                .toList();
        assertThat(listed).containsExactlyElementsOf(COMMAND_GROUPS);
    }

    @Test
    void aDatabaseCommandsHelpNeedsNoApplication() {
        for (String[] args : List.of(
                new String[] {"plan", "list", "--help"},
                new String[] {"import", "police-data", "--help"},
                new String[] {"users", "add", "-h"},
                new String[] {"police-data", "batches", "--help", "--data-dir", dataDir()})) {
            Run run = run(args);

            assertThat(run.status()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).startsWith("Usage: oversight " + args[0] + " " + args[1]);
            assertThat(run.starts()).isEmpty();
        }
        assertThat(Path.of(dataDir())).doesNotExist();
    }

    @Test
    void aCommandGroupAloneShowsItsCommandsWithoutStartingTheApplication() {
        Run run = run("police-data");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("batches", "remove", "remove-demonstration");
        assertThat(run.starts()).isEmpty();
    }

    @Test
    void theVersionNeedsNoApplication() {
        Run run = run("--version");

        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).isEqualTo("Oversight " + projectVersion());
        assertThat(run.starts()).isEmpty();
    }

    @Test
    void aMistypedCommandIsRefusedWithoutStartingTheApplication() {
        Run run = run("plan", "lst");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 1: 'lst'", "Did you mean: plan list?");
        assertThat(run.starts()).isEmpty();
    }

    @Test
    void aMissingOptionIsRefusedWithoutStartingTheApplication() {
        Run run = run("import", "area-set", "impact.csv");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--name=NAME'");
        assertThat(run.starts()).isEmpty();
    }

    @Test
    void spcRunsWithoutTheApplication() throws Exception {
        Path series = Files.writeString(folder.resolve("series.csv"), "period,value\n2024-01,5\n2024-02,7\n");

        Run run =
                run("spc", "--direction", "increase", "--input", series.toString(), "--json", "--data-dir", dataDir());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\"centre\":6.0,");
        assertThat(run.starts()).isEmpty();
        assertThat(Path.of(dataDir())).doesNotExist();
    }

    @Test
    void aDatabaseCommandStartsTheApplicationOnceWithItsArguments() {
        Run run = run("plan", "list", "--data-dir", dataDir());

        assertThat(run.starts()).containsExactly(List.of("plan", "list", "--data-dir", dataDir()));
        assertThat(run.status()).isEqualTo(CommandLineLauncher.COULD_NOT_START);
        assertThat(run.err())
                .isEqualTo("oversight: could not start: no database in this test" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    /** The version in pom.xml, which the build writes where --version reads it. */
    private static String projectVersion() {
        try {
            String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
            java.util.regex.Matcher version = java.util.regex.Pattern.compile(
                            "<artifactId>oversight</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(version.find()).as("the project's version in pom.xml").isTrue();
            return version.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

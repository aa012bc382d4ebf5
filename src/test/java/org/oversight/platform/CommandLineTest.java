package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.cli.CommandCatalogue;
import org.oversight.platform.cli.OversightCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's plan commands, run against the test application's database. */
@SpringBootTest
class CommandLineTest {

    @Autowired
    ConfigurableApplicationContext context;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void listsThePlans() {
        Run run = run("plan", "list");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("wm-police-and-crime-plan\t", "versions: 2013-14, 2014-15");
    }

    @Test
    void exportsOneVersionThatImportsBackUnchanged() throws Exception {
        Path file = folder.resolve("plan.yaml");
        assertThat(run("plan", "export", "wm-police-and-crime-plan", "--version", "2014-15", "-o", file.toString())
                        .status())
                .isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("label: 2014-15")
                .doesNotContain("label: 2013-14");

        Run again = run("plan", "import", file.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("version 2014-15 unchanged");
    }

    @Test
    void refusesAMalformedFileWithLineNumberedProblemsAndAFailingStatus() throws Exception {
        Path file = folder.resolve("bad.yaml");
        Files.writeString(
                file,
                "format: oversight-plan/1\nplan:\n  key: ok\n  title: T\n  force: F\nversions:\n  - label: x\n    objectives:\n      - title: A\n        commitments:\n          - text: B\n            cadence: weekly\n");
        Run run = run("plan", "import", file.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("refused, nothing was imported").contains(file + ":12:13");
    }

    @Test
    void saysSoWhenAPlanDoesNotExist() {
        Run run = run("plan", "export", "no-such-plan");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("There is no plan 'no-such-plan'");
    }

    @Test
    void theCommandsFoundWithoutTheApplicationAreTheTopLevelCommandsItMakes() {
        Set<Class<?>> commands = new HashSet<>();
        for (String name : context.getBeanNamesForAnnotation(Command.class)) {
            commands.add(ClassUtils.getUserClass(context.getType(name)));
        }
        Set<Class<?>> nested = new HashSet<>();
        commands.forEach(command ->
                nested.addAll(List.of(command.getAnnotation(Command.class).subcommands())));
        commands.removeAll(nested);
        commands.remove(OversightCommand.class);

        assertThat(CommandCatalogue.topLevelCommands()).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void aDataDirArgumentIsFoundWhereverItIsWritten() {
        assertThat(CommandLineLauncher.dataDirArgument(new String[] {"plan", "list", "--data-dir", "/x"}))
                .contains("/x");
        assertThat(CommandLineLauncher.dataDirArgument(new String[] {"--data-dir=/y", "plan", "list"}))
                .contains("/y");
        assertThat(CommandLineLauncher.dataDirArgument(new String[] {"plan", "list"}))
                .isEmpty();
    }
}

package org.oversight.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code ./oversight peer-groups} and {@code ./oversight population}. */
@SpringBootTest
class ReferenceDataCommandLineTest {

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
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private String csv(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content).toString();
    }

    @Test
    void importsAndListsAPeerGroup() throws Exception {
        Run imported = run(
                "peer-groups",
                "import",
                csv(
                        "msf.csv",
                        "group,effective_from,member\nCommand test forces,2024-04-01,Greater Manchester\n"
                                + "Command test forces,2024-04-01,West Yorkshire\n"));
        Run listed = run("peer-groups", "list");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 group versions, 2 members");
        assertThat(listed.out())
                .contains("Command test forces" + System.lineSeparator()
                        + "  from 2024-04-01: Greater Manchester, West Yorkshire");
    }

    @Test
    void refusesABadPeerGroupFileWithItsLinesAndExitsOne() throws Exception {
        Run run = run(
                "peer-groups", "import", csv("bad.csv", "group,effective_from,member\nBad forces,April,Merseyside\n"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("line 2, effective_from: 'April' is not a date like 2024-04-01");
    }

    @Test
    void importsPopulationWithItsSource() throws Exception {
        Run run = run(
                "population",
                "import",
                "--source",
                "Test census",
                csv("pop.csv", "area,ethnic_group,population\nCommandshire,All,5000\n"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(simple layout): 1 figures for 1 areas");
    }
}

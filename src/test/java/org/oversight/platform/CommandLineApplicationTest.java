package org.oversight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.OversightApplication;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * A database command run as {@code ./oversight} runs it: the application starts with the
 * {@code cli} profile on the {@code --data-dir} database, makes only the beans the command uses (not
 * even the other commands), leaves out the actuator, and never loads example data.
 */
class CommandLineApplicationTest {

    @TempDir
    Path folder;

    @Test
    void aDatabaseCommandRunsInAnApplicationThatMakesOnlyWhatTheCommandUses() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        List<String> madeByTheEnd = new ArrayList<>();
        List<String> healthEndpoints = new ArrayList<>();
        String dataDir = folder.resolve("database").toString();

        int status = CommandLineLauncher.run(
                new String[] {"plan", "list", "--data-dir", dataDir},
                commandLine -> {
                    commandLine.setOut(new PrintWriter(out));
                    commandLine.setErr(new PrintWriter(err));
                },
                arguments -> {
                    ConfigurableApplicationContext context =
                            CommandLineLauncher.start(OversightApplication.class, arguments);
                    started.add(context);
                    // As the command line closes it, before its beans are destroyed.
                    context.addApplicationListener((ContextClosedEvent closed) -> {
                        madeByTheEnd.addAll(List.of(context.getBeanFactory().getSingletonNames()));
                        healthEndpoints.addAll(List.of(context.getBeanNamesForType(HealthEndpoint.class, true, false)));
                    });
                    return context;
                });

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .isEqualTo("No plans yet. Import one with: ./oversight plan import FILE" + System.lineSeparator());
        ConfigurableApplicationContext context = started.get(0);
        assertThat(context.getEnvironment().getActiveProfiles()).contains(CommandLineLauncher.PROFILE);
        assertThat(context.getEnvironment().getProperty("oversight.database.data-dir"))
                .isEqualTo(dataDir);
        assertThat(madeByTheEnd).contains("planRegister", "embeddedDatabase", "flywayInitializer");
        assertThat(madeByTheEnd)
                .as("beans the command does not use are not made")
                .doesNotContain("policeDataApi", "performanceApi", "userAccounts");
        assertThat(healthEndpoints)
                .as("no actuator (health endpoint, metrics) in a command")
                .isEmpty();
    }
}

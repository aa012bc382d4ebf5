package org.oversight.plan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.plan.domain.Plan;
import org.oversight.plan.domain.PlanImportResult;
import org.oversight.plan.domain.PlanNotFound;
import org.oversight.plan.domain.PlanRegister;
import org.oversight.plan.domain.PlanVersion;
import org.oversight.plan.file.PlanFileException;
import org.oversight.plan.file.PlanFileProblem;
import org.oversight.plan.file.PlanFileReader;
import org.oversight.plan.file.PlanFileWriter;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight plan import|export|list}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "plan",
        description = "Import, export and list plans.",
        mixinStandardHelpOptions = true,
        subcommands = {PlanCommand.Import.class, PlanCommand.Export.class, PlanCommand.ListPlans.class})
public class PlanCommand extends CommandGroup {

    /** Exit status when a file was refused. */
    static final int REFUSED = 1;

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "import",
            description = "Import a plan file (YAML, format oversight-plan/1). Every problem is reported with its line;"
                    + " when there is any, nothing is written. Importing a version again updates it in place.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        private final PlanRegister register;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan file(s) to import.")
        List<Path> files;

        Import(PlanRegister register) {
            this.register = register;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = 0;
            for (Path file : files) {
                try (InputStream input = Files.newInputStream(file)) {
                    PlanImportResult result =
                            register.importPlan(new PlanFileReader().read(file.toString(), input), CurrentUser.name());
                    out.printf(
                            "%s: plan %s (%s) %s%n",
                            file, result.planKey(), result.title(), result.planCreated() ? "created" : "found");
                    for (PlanImportResult.VersionOutcome version : result.versions()) {
                        out.printf(
                                "  version %s %s: %d objectives, %d commitments, %d measures%n",
                                version.label(),
                                version.outcome().name().toLowerCase(java.util.Locale.ROOT),
                                version.objectives(),
                                version.commitments(),
                                version.measures());
                    }
                } catch (PlanFileException e) {
                    err.printf(
                            "%s: refused, nothing was imported (%d problems):%n",
                            file, e.problems().size());
                    for (PlanFileProblem problem : e.problems()) {
                        err.println("  " + problem);
                    }
                    status = REFUSED;
                } catch (NoSuchFileException e) {
                    err.printf("%s: no such file%n", file);
                    status = REFUSED;
                } catch (IOException e) {
                    err.printf("%s: could not be read: %s%n", file, e.getMessage());
                    status = REFUSED;
                }
            }
            err.flush();
            out.flush();
            return status;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "export",
            description = "Write a plan as a plan file (YAML) on standard output or to a file.",
            mixinStandardHelpOptions = true)
    static class Export implements Callable<Integer> {
        private final PlanRegister register;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PLAN", description = "The plan's key (see 'plan list').")
        String key;

        @Option(names = "--version", paramLabel = "V", description = "Only this version (default: every version).")
        String version;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "Write to FILE instead of standard output.")
        Path output;

        Export(PlanRegister register) {
            this.register = register;
        }

        @Override
        public Integer call() throws IOException {
            try {
                Plan plan = register.plan(key);
                List<PlanVersion> versions =
                        version == null ? register.versions(plan) : List.of(register.version(key, version));
                String yaml = new PlanFileWriter().write(plan, versions);
                if (output == null) {
                    spec.commandLine().getOut().print(yaml);
                    spec.commandLine().getOut().flush();
                } else {
                    Files.writeString(output, yaml, StandardCharsets.UTF_8);
                    spec.commandLine().getErr().printf("wrote %s%n", output);
                }
                return 0;
            } catch (PlanNotFound e) {
                spec.commandLine().getErr().println(e.getMessage());
                return REFUSED;
            }
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "list", description = "List the plans and their versions.", mixinStandardHelpOptions = true)
    static class ListPlans implements Runnable {
        private final PlanRegister register;

        @Spec
        CommandSpec spec;

        ListPlans(PlanRegister register) {
            this.register = register;
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            List<Plan> plans = register.plans();
            if (plans.isEmpty()) {
                out.println("No plans yet. Import one with: ./oversight plan import FILE");
            }
            for (Plan plan : plans) {
                List<String> labels =
                        register.versions(plan).stream().map(PlanVersion::label).toList();
                out.printf(
                        "%s\t%s\t%s\tversions: %s%n",
                        plan.key(), plan.title(), plan.force(), String.join(", ", labels));
            }
            out.flush();
        }
    }
}

package org.oversight.performance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.ObservationFileRefused;
import org.oversight.performance.ObservationImportResult;
import org.oversight.performance.Observations;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight observations import FILE...}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "observations",
        description = "Observations: figures data.police.uk does not publish (surveys, call handling, workforce…).",
        mixinStandardHelpOptions = true,
        subcommands = {ObservationsCommand.Import.class})
public class ObservationsCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "import",
            description = "Import observations from CSV or Excel (.xlsx) files with columns indicator, period, area,"
                    + " value and optionally numerator, denominator, source. Each file is all or nothing; a value"
                    + " given again for the same indicator, period and area replaces the earlier one."
                    + " Exits 1 when any file was refused.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        private final Observations observations;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Import(Observations observations) {
            this.observations = observations;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = 0;
            for (Path file : files) {
                try {
                    ObservationImportResult result = observations.importFile(
                            file.getFileName().toString(), Files.readAllBytes(file), CurrentUser.name());
                    out.printf(
                            "%s: %d observations: %d new, %d replaced, %d unchanged (batch %d)%n",
                            file,
                            result.rows(),
                            result.created(),
                            result.updated(),
                            result.unchanged(),
                            result.batchId());
                } catch (ObservationFileRefused e) {
                    err.printf(
                            "%s: refused, nothing was imported (%d problems):%n",
                            file, e.problems().size());
                    e.problems().forEach(problem -> err.println("  " + problem));
                    status = 1;
                } catch (IOException e) {
                    err.printf("%s: could not be read: %s%n", file, e.getMessage());
                    status = 1;
                }
            }
            out.flush();
            err.flush();
            return status;
        }
    }
}

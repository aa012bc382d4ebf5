package org.oversight.performance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
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
            return FileImports.run(spec, files, (name, content) -> {
                ObservationImportResult result = observations.importFile(name, content, CurrentUser.name());
                return String.format(
                        ": %d observations: %d new, %d replaced, %d unchanged (batch %d)",
                        result.rows(), result.created(), result.updated(), result.unchanged(), result.batchId());
            });
        }
    }
}

package org.oversight.performance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.Population;
import org.oversight.performance.PopulationImportResult;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight population import --source TEXT [--year 2021] FILE...}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "population",
        description = "Population reference data (Census resident population) for rates per 1,000 residents.",
        mixinStandardHelpOptions = true,
        subcommands = {PopulationCommand.Import.class})
public class PopulationCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "import",
            description = "Import population figures from CSV files, either area,ethnic_group,population or the ONS"
                    + " Census 2021 table layout (TS021: \"Lower tier local authorities Code\",\"Lower tier local"
                    + " authorities\",\"Ethnic group (20 categories) Code\",\"Ethnic group (20 categories)\","
                    + "\"Observation\"). Each file is all or nothing; a figure for the same area, ethnic group and"
                    + " source replaces the stored one. Exits 1 when any file was refused.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        private final Population population;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--source",
                required = true,
                description =
                        "Where the figures come from, stated beside every rate (e.g. \"ONS Census 2021, TS021\").")
        String source;

        @Option(names = "--year", defaultValue = "2021", description = "The census year (default ${DEFAULT-VALUE}).")
        int year;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Import(Population population) {
            this.population = population;
        }

        @Override
        public Integer call() {
            return FileImports.run(spec, files, (name, content) -> {
                PopulationImportResult result = population.importFile(name, content, source, year, CurrentUser.name());
                return String.format(
                        " (%s layout): %d figures for %d areas", result.layout(), result.rows(), result.areas());
            });
        }
    }
}

package org.oversight.performance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.indicator.IndicatorCatalogue;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight indicators import FILE...}, {@code ./oversight indicators export [-o FILE]}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "indicators",
        description = "Indicators: the data series plan measures read (docs/indicator-file-format.md).",
        mixinStandardHelpOptions = true,
        subcommands = {IndicatorsCommand.Import.class, IndicatorsCommand.Export.class})
public class IndicatorsCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "import",
            description = "Import indicator files (YAML, oversight-indicators/1). Each file is all or nothing: every"
                    + " problem is reported as file:line:column field: message. An indicator already defined gets a"
                    + " new version when its definition differs. Exits 1 when any file was refused.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        private final IndicatorCatalogue catalogue;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Import(IndicatorCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public Integer call() {
            return FileImports.run(spec, files, (name, content) -> {
                IndicatorCatalogue.ImportResult result = catalogue.importFile(name, content, CurrentUser.name());
                return String.format(
                        ": %d indicators: %d defined, %d changed (new versions), %d unchanged",
                        result.indicators().size(),
                        result.count(IndicatorCatalogue.Outcome.DEFINED),
                        result.count(IndicatorCatalogue.Outcome.CHANGED),
                        result.count(IndicatorCatalogue.Outcome.UNCHANGED));
            });
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "export",
            description = "Write every indicator's current definition as an indicator file.",
            mixinStandardHelpOptions = true)
    static class Export implements Callable<Integer> {
        private final IndicatorCatalogue catalogue;

        @Spec
        CommandSpec spec;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "the file to write (default: standard output)")
        Path output;

        Export(IndicatorCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public Integer call() throws IOException {
            String file = catalogue.export();
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(file);
                out.flush();
            } else {
                Files.writeString(output, file, StandardCharsets.UTF_8);
            }
            return 0;
        }
    }
}

package org.oversight.platform.cli;

import java.nio.file.Path;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root of {@code ./oversight}; modules add their commands under it. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "oversight",
        mixinStandardHelpOptions = true,
        version = "Oversight 0.1.0",
        description = "Oversight: Police and Crime Plan accountability.%nRun a command with --help for its options.")
public class OversightCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Folder of the embedded database (default ./data, created if missing).")
    Path dataDir;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

package org.oversight.platform.cli;

import java.nio.file.Path;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root of {@code ./oversight}; modules add their commands under it. {@code --data-dir} is read
 * by the launcher before the application starts; it is declared here for the help and the parser.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "oversight",
        mixinStandardHelpOptions = true,
        versionProvider = OversightVersion.class,
        description = "Oversight: Police and Crime Plan accountability.%nRun a command with --help for its options.")
public class OversightCommand extends CommandGroup {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Folder of the embedded database (default ./data, created if missing).")
    Path dataDir;
}

package org.oversight.performance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.PeerGroup;
import org.oversight.performance.PeerGroupImportResult;
import org.oversight.performance.PeerGroupVersion;
import org.oversight.performance.PeerGroups;
import org.oversight.platform.CommandGroup;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight peer-groups import FILE...} and {@code ./oversight peer-groups list}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "peer-groups",
        description = "Peer groups (the most similar forces…) for targets to be better than the peers' average.",
        mixinStandardHelpOptions = true,
        subcommands = {PeerGroupsCommand.Import.class, PeerGroupsCommand.ListGroups.class})
public class PeerGroupsCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "import",
            description = "Import peer groups from CSV files with columns group, effective_from (2024-04-01) and"
                    + " member (an area as written in observations). Each file is all or nothing; a group version"
                    + " given again with the same effective date replaces the stored one."
                    + " Exits 1 when any file was refused.",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {
        private final PeerGroups peerGroups;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Import(PeerGroups peerGroups) {
            this.peerGroups = peerGroups;
        }

        @Override
        public Integer call() {
            return FileImports.run(spec, files, (name, content) -> {
                PeerGroupImportResult result = peerGroups.importFile(name, content, CurrentUser.name());
                return String.format(": %d group versions, %d members", result.versions(), result.members());
            });
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "list",
            description = "List the stored peer groups, each version with its members.",
            mixinStandardHelpOptions = true)
    static class ListGroups implements Callable<Integer> {
        private final PeerGroups peerGroups;

        @Spec
        CommandSpec spec;

        ListGroups(PeerGroups peerGroups) {
            this.peerGroups = peerGroups;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<PeerGroup> groups = peerGroups.list();
            if (groups.isEmpty()) {
                out.println("No peer groups have been imported.");
            }
            for (PeerGroup group : groups) {
                out.println(group.name());
                for (PeerGroupVersion version : group.versions()) {
                    out.printf("  from %s: %s%n", version.effectiveFrom(), String.join(", ", version.members()));
                }
            }
            out.flush();
            return 0;
        }
    }
}

package org.oversight.performance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.performance.PeerGroup;
import org.oversight.performance.PeerGroupFileRefused;
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
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int status = 0;
            for (Path file : files) {
                try {
                    PeerGroupImportResult result = peerGroups.importFile(
                            file.getFileName().toString(), Files.readAllBytes(file), CurrentUser.name());
                    out.printf("%s: %d group versions, %d members%n", file, result.versions(), result.members());
                } catch (PeerGroupFileRefused e) {
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

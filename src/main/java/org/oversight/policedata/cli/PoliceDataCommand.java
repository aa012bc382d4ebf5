package org.oversight.policedata.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.platform.CommandGroup;
import org.oversight.policedata.ImportBatch;
import org.oversight.policedata.PoliceDataApi;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./oversight police-data batches|remove|remove-demonstration|months|mark-month|clear-mark}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "police-data",
        description = "List and remove imported police data; see and mark whether months are complete.",
        mixinStandardHelpOptions = true,
        subcommands = {
            PoliceDataCommand.Batches.class,
            PoliceDataCommand.Remove.class,
            PoliceDataCommand.RemoveDemonstration.class,
            MonthCommands.Months.class,
            MonthCommands.MarkMonth.class,
            MonthCommands.ClearMark.class
        })
public class PoliceDataCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "batches", description = "List the import batches.", mixinStandardHelpOptions = true)
    static class Batches implements Runnable {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        Batches(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("batch\tmonth\tforce\tkind\trows\tduplicates\tdemonstration\timported by\timported at\tfile");
            for (ImportBatch b : policeData.batches()) {
                out.printf(
                        "%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s%n",
                        b.id(),
                        b.month(),
                        b.force(),
                        b.kind().slug(),
                        b.rows(),
                        b.duplicateRows(),
                        b.demonstration() ? "yes" : "no",
                        b.importedBy(),
                        b.importedAt(),
                        b.fileName());
            }
            out.flush();
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "remove", description = "Remove a batch and exactly its rows.", mixinStandardHelpOptions = true)
    static class Remove implements Callable<Integer> {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BATCH", description = "The batch number (see 'police-data batches').")
        long batch;

        Remove(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public Integer call() {
            if (policeData.removeBatch(batch, CurrentUser.name())) {
                spec.commandLine().getOut().printf("removed batch %d%n", batch);
                spec.commandLine().getOut().flush();
                return 0;
            }
            spec.commandLine().getErr().printf("there is no batch %d%n", batch);
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "remove-demonstration",
            description =
                    "Remove every batch of generated demonstration data. It is not loaded again on the next start.",
            mixinStandardHelpOptions = true)
    static class RemoveDemonstration implements Runnable {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        RemoveDemonstration(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public void run() {
            int removed = policeData.removeDemonstrationData(CurrentUser.name());
            spec.commandLine().getOut().printf("removed %d batches of demonstration data%n", removed);
            spec.commandLine().getOut().flush();
        }
    }
}

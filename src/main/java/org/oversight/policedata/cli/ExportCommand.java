package org.oversight.policedata.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.platform.CommandGroup;
import org.oversight.policedata.PoliceCounts;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight export police-counts --kind K --force SLUG --month YYYY-MM --by FIELD[,FIELD]}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "export",
        description = "Export data from Oversight.",
        mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.PoliceCountsCommand.class})
public class ExportCommand extends CommandGroup {

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "police-counts",
            description = "CSV of the stored rows of one file (force, month, kind) counted by the named columns;"
                    + " header FIELD…,count. The counts add up to the file's rows.",
            mixinStandardHelpOptions = true)
    static class PoliceCountsCommand implements Callable<Integer> {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "street, outcomes or stop-and-search")
        String kind;

        @Option(names = "--force", required = true, paramLabel = "SLUG", description = "e.g. wiltshire")
        String force;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(
                names = "--by",
                required = true,
                paramLabel = "FIELD[,FIELD]",
                split = ",",
                description = "Columns to count by, e.g. crime-type, last-outcome-category, district, outcome,"
                        + " object-of-search, officer-defined-ethnicity, legislation, age-range, gender.")
        List<String> by;

        PoliceCountsCommand(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PoliceDataKind dataKind = PoliceDataKind.fromSlug(kind).orElse(null);
            if (dataKind == null) {
                err.println("--kind must be street, outcomes or stop-and-search, not '" + kind + "'");
                err.flush();
                return 2;
            }
            YearMonth yearMonth;
            try {
                yearMonth = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                err.println("--month must be a month such as 2024-04, not '" + month + "'");
                err.flush();
                return 2;
            }
            try {
                PoliceCounts counts = policeData.counts(dataKind, force, yearMonth, by);
                policeData
                        .batch(dataKind, force, yearMonth)
                        .filter(org.oversight.policedata.ImportBatch::demonstration)
                        .ifPresent(batch -> err.println(
                                "Note: these counts are of generated demonstration data, not real police data."));
                PrintWriter out = spec.commandLine().getOut();
                // Not closed: closing the writer would close standard output.
                CsvWriter csv =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
                {
                    List<String> header = new ArrayList<>(counts.fields());
                    header.add("count");
                    csv.writeRecord(header);
                    for (PoliceCounts.Row row : counts.rows()) {
                        List<String> record = new ArrayList<>(row.values());
                        record.add(Long.toString(row.count()));
                        csv.writeRecord(record);
                    }
                }
                csv.flush();
                out.flush();
                return 0;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}

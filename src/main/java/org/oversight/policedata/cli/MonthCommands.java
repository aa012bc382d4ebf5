package org.oversight.policedata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oversight.accounts.CurrentUser;
import org.oversight.policedata.MonthCompleteness;
import org.oversight.policedata.MonthMarkRefused;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.PoliceDataKind;
import org.oversight.policedata.completeness.CompletenessDocument;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./oversight police-data months | mark-month | clear-mark}: whether each month of a force's
 * files is complete (ADR 0008), and marking a month by hand.
 */
final class MonthCommands {

    private MonthCommands() {}

    /** The force and kind every month command names; a bad kind is a usage error (exit 2). */
    static class ForceAndKind {
        @Option(names = "--force", required = true, paramLabel = "SLUG", description = "e.g. wiltshire")
        String force;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "street, outcomes or stop-and-search")
        String kind;

        PoliceDataKind kind(PrintWriter err) {
            PoliceDataKind parsed = PoliceDataKind.fromSlug(kind).orElse(null);
            if (parsed == null) {
                err.println("--kind must be street, outcomes or stop-and-search, not '" + kind + "'");
            }
            return parsed;
        }
    }

    static YearMonth month(String month, PrintWriter err) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            err.println("--month must be a month such as 2015-04, not '" + month + "'");
            return null;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "months",
            description = "List every month of a force's files of one kind, from the first to the last imported"
                    + " (missing months included): rows, the usual rows of the nearest months, the rule's"
                    + " judgement, any mark, and whether the month counts as complete, with the reason.",
            mixinStandardHelpOptions = true)
    static class Months implements Callable<Integer> {
        private final PoliceDataApi policeData;
        private final ObjectMapper json;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ForceAndKind which = new ForceAndKind();

        @Option(names = "--json", description = "Print the months as JSON.")
        boolean asJson;

        Months(PoliceDataApi policeData, ObjectMapper json) {
            this.policeData = policeData;
            this.json = json;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PoliceDataKind kind = which.kind(err);
            if (kind == null) {
                err.flush();
                return 2;
            }
            List<MonthCompleteness> months = policeData.completeness(which.force, kind);
            if (asJson) {
                out.println(json.copy()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(
                                months.stream().map(CompletenessDocument::of).toList()));
            } else if (months.isEmpty()) {
                out.println("No " + kind.slug() + " files for " + which.force + " have been imported.");
            } else {
                out.println("month\trows\tusual\trule\tcounts as\tmarked by\treason");
                for (MonthCompleteness m : months) {
                    out.printf(
                            Locale.UK,
                            "%s\t%d\t%s\t%s\t%s\t%s\t%s%n",
                            m.month(),
                            m.rows(),
                            m.referenceRows() == null ? "" : m.referenceRows().toString(),
                            m.judgement().name().toLowerCase(Locale.ROOT),
                            m.complete() ? "complete" : "incomplete",
                            m.mark() == null
                                    ? ""
                                    : m.mark().markedBy() + " at " + m.mark().markedAt(),
                            m.reason());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "mark-month",
            description = "Mark a month complete or incomplete by hand, with a note saying why. The mark wins over"
                    + " the rule until it is cleared, and stays when the month's file is imported again or removed.",
            mixinStandardHelpOptions = true)
    static class MarkMonth implements Callable<Integer> {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ForceAndKind which = new ForceAndKind();

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Parameters(index = "0", paramLabel = "complete|incomplete")
        String mark;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "Why (required).")
        String note;

        MarkMonth(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PoliceDataKind kind = which.kind(err);
            YearMonth yearMonth = month(month, err);
            if (!mark.equals("complete") && !mark.equals("incomplete")) {
                err.println("say 'complete' or 'incomplete', not '" + mark + "'");
                kind = null;
            }
            if (kind == null || yearMonth == null) {
                err.flush();
                return 2;
            }
            try {
                MonthCompleteness marked = policeData.markMonth(
                        which.force, kind, yearMonth, mark.equals("complete"), note, CurrentUser.name());
                out.printf("%s %s %s: marked %s. %s%n", which.force, kind.slug(), yearMonth, mark, marked.reason());
                out.flush();
                return 0;
            } catch (MonthMarkRefused e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            }
        }
    }

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "clear-mark",
            description = "Clear a month's mark so that the rule decides again.",
            mixinStandardHelpOptions = true)
    static class ClearMark implements Callable<Integer> {
        private final PoliceDataApi policeData;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        ForceAndKind which = new ForceAndKind();

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        ClearMark(PoliceDataApi policeData) {
            this.policeData = policeData;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PoliceDataKind kind = which.kind(err);
            YearMonth yearMonth = month(month, err);
            if (kind == null || yearMonth == null) {
                err.flush();
                return 2;
            }
            MonthCompleteness month = policeData.clearMark(which.force, kind, yearMonth, CurrentUser.name());
            out.printf(
                    "%s %s %s: no mark; by the rule it is %s. %s%n",
                    which.force, kind.slug(), yearMonth, month.complete() ? "complete" : "incomplete", month.reason());
            out.flush();
            return 0;
        }
    }
}

package org.oversight.board.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.report.BoardReports;
import org.oversight.board.report.ReportNotFrozen;
import org.oversight.platform.CommandGroup;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./oversight report board --plan KEY --meeting YYYY-MM-DD --format html|pdf|docx -o FILE}. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "report",
        description = "Reports as issued: the Board's performance report.",
        mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.BoardReport.class})
public class ReportCommand extends CommandGroup {

    /** Exit status when the plan has no meeting that day. */
    static final int NOT_FOUND = 1;
    /** Exit status when the meeting's report has not been frozen. */
    static final int NOT_FROZEN = 3;
    /** Exit status for a bad argument (a date or format that cannot be read). */
    static final int BAD_ARGUMENT = 2;

    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(
            name = "board",
            description = "Writes a Board meeting's frozen performance report as HTML, PDF or Word. A report still in"
                    + " draft is refused (it is never frozen on the way): an analyst freezes it first.",
            mixinStandardHelpOptions = true)
    static class BoardReport implements Callable<Integer> {
        private final Meetings meetings;
        private final BoardReports reports;

        @Spec
        CommandSpec spec;

        @Option(names = "--plan", required = true, paramLabel = "KEY", description = "The plan's key.")
        String plan;

        @Option(names = "--meeting", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting's date.")
        String meeting;

        @Option(names = "--format", required = true, paramLabel = "html|pdf|docx", description = "html, pdf or docx.")
        String format;

        @Option(
                names = {"-o", "--output"},
                required = true,
                paramLabel = "FILE",
                description = "The file to write.")
        Path output;

        BoardReport(Meetings meetings, BoardReports reports) {
            this.meetings = meetings;
            this.reports = reports;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            LocalDate day;
            DocumentFormat chosen;
            try {
                day = LocalDate.parse(meeting);
                chosen = DocumentFormat.fromExtension(format);
            } catch (DateTimeParseException e) {
                err.println("--meeting: '" + meeting + "' is not a date written YYYY-MM-DD");
                err.flush();
                return BAD_ARGUMENT;
            } catch (IllegalArgumentException e) {
                err.println("--format: " + e.getMessage());
                err.flush();
                return BAD_ARGUMENT;
            }
            var found = meetings.find(plan, day);
            if (found.isEmpty()) {
                err.println("plan " + plan + " has no Board meeting on " + day
                        + meetings.ofPlan(plan).stream()
                                .map(m -> m.meetingOn().toString())
                                .reduce((a, b) -> a + ", " + b)
                                .map(dates -> "; its meetings: " + dates)
                                .orElse(" (it has no meetings)"));
                err.flush();
                return NOT_FOUND;
            }
            Meeting chosenMeeting = found.get();
            RenderedDocument rendered;
            try {
                rendered = reports.renderFrozen(chosenMeeting, chosen);
            } catch (ReportNotFrozen e) {
                err.println("refused: " + e.getMessage()
                        + ". Freeze it on the meeting's page (analysts) and run this again.");
                err.flush();
                return NOT_FROZEN;
            }
            Path target = output.toAbsolutePath();
            Path folder = target.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Path temporary = Files.createTempFile(folder, ".report-", ".part");
            try {
                Files.write(temporary, rendered.bytes());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            int version = reports.latestFrozen(chosenMeeting).orElseThrow().version();
            out.printf(
                    "wrote %s: %s, version %d, %,d bytes%n",
                    target, chosenMeeting.reportKey(), version, rendered.bytes().length);
            out.flush();
            return 0;
        }
    }
}

package org.oversight.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.report.BoardReports;
import org.oversight.platform.CommandLineLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code ./oversight report board --plan KEY --meeting YYYY-MM-DD --format html|pdf|docx -o FILE}, the stable contract. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportCommandTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    Meetings meetings;

    @Autowired
    BoardReports reports;

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        CommandLine commandLine = CommandLineLauncher.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void writesTheExampleMeetingsFrozenReportInEachFormat() throws Exception {
        Meeting example = meetings.find("wm-police-and-crime-plan", LocalDate.of(2014, 12, 2))
                .orElseThrow();
        if (reports.latest(example).orElseThrow().isDraft()) {
            reports.freeze(example, "test-analyst");
        }
        for (String format : new String[] {"pdf", "docx", "html"}) {
            Path file = folder.resolve("out/board." + format);
            Run run = run(
                    "report",
                    "board",
                    "--plan",
                    "wm-police-and-crime-plan",
                    "--meeting",
                    "2014-12-02",
                    "--format",
                    format,
                    "-o",
                    file.toString());

            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("wrote ", "wm-police-and-crime-plan/2014-12-02, version 1");
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes)
                    .isEqualTo(reports.renderFrozen(example, org.oversight.reports.DocumentFormat.fromExtension(format))
                            .bytes());
        }
        assertThat(Files.readString(folder.resolve("out/board.html"))).contains("Increase confidence in policing");
        assertThat(new String(
                        Files.readAllBytes(folder.resolve("out/board.pdf")),
                        0,
                        5,
                        java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void aDraftIsRefusedAndNotFrozenOnTheWay() {
        Meeting meeting = meetings.create(
                new Meetings.CreateMeeting(
                        "wm-police-and-crime-plan", "2014-15", LocalDate.of(2015, 7, 7), "Board", null, null, null),
                false,
                "test-analyst");
        reports.draft(meeting, "test-analyst");
        Path file = folder.resolve("draft.pdf");

        Run run = run(
                "report",
                "board",
                "--plan",
                "wm-police-and-crime-plan",
                "--meeting",
                "2015-07-07",
                "--format",
                "pdf",
                "-o",
                file.toString());

        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        "refused: the report of the meeting of 2015-07-07 (wm-police-and-crime-plan) is a"
                                + " draft (version 1): an analyst must freeze it before it is issued; it is not frozen on the way");
        assertThat(file).doesNotExist();
        assertThat(reports.latest(meeting).orElseThrow().isDraft()).isTrue();
    }

    @Test
    void anUnknownMeetingOrABadFormatOrDateSaysWhatIsWrong() {
        Run none = run(
                "report",
                "board",
                "--plan",
                "wm-police-and-crime-plan",
                "--meeting",
                "2001-01-01",
                "--format",
                "pdf",
                "-o",
                folder.resolve("x.pdf").toString());
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err())
                .contains(
                        "plan wm-police-and-crime-plan has no Board meeting on 2001-01-01; its meetings:",
                        "2014-12-02");

        Run format = run("report", "board", "--plan", "p", "--meeting", "2014-12-02", "--format", "odt", "-o", "x");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("--format: unknown format 'odt': use html, pdf or docx");

        Run date = run("report", "board", "--plan", "p", "--meeting", "2 Dec 2014", "--format", "pdf", "-o", "x");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--meeting: '2 Dec 2014' is not a date written YYYY-MM-DD");
    }
}

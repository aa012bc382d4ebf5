package org.oversight.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.oversight.OversightApplication;
import org.oversight.board.meeting.Meeting;
import org.oversight.board.meeting.Meetings;
import org.oversight.board.report.BoardReports;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.RenderedDocument;
import org.oversight.reports.Snapshot;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long rendering the real example Board report (the meeting of 2 December 2014, seed 001) takes
 * from storage in each format. A fresh embedded PostgreSQL is started with the example plans, the
 * December 2014 cycle and the 2014-15 plan's demonstration figures (April 2012 to March 2015), which
 * freeze the example report as on a first start; then, for each format: the first render (cold),
 * a few unmeasured rounds, and {@code -Dbenchmark.rounds=N} (10) timed rounds: median and maximum.
 * Target for the PDF: at most 3 s warm. The files go to {@code target/benchmark/}.
 */
public final class BoardReportBenchmark {

    private BoardReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 10);
        Path work = Files.createTempDirectory("oversight-board-benchmark-");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--oversight.database.data-dir=" + work.resolve("db"),
                        "--oversight.seed.example-plans=true",
                        "--oversight.seed.demonstration-data=true",
                        "--oversight.seed.demonstration-data-in-background=false",
                        "--oversight.seed.demonstration-periods=2012-04..2015-03",
                        "--logging.level.root=WARN")) {
            Meeting meeting = context.getBean(Meetings.class)
                    .find("wm-police-and-crime-plan", LocalDate.of(2014, 12, 2))
                    .orElseThrow();
            BoardReports reports = context.getBean(BoardReports.class);
            Snapshot frozen = reports.latestFrozen(meeting)
                    .orElseThrow(() -> new IllegalStateException("the example report was not frozen on start"));
            System.out.printf(
                    "BoardReportBenchmark: started with the example data and the 2014-15 demonstration figures in %.0f s;"
                            + " report %s version %d frozen by %s%n",
                    (System.nanoTime() - started) / 1e9,
                    frozen.key(),
                    frozen.version(),
                    frozen.frozen().by());
            Path folder = Files.createDirectories(Path.of("target", "benchmark"));
            for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML)) {
                RenderTimings timings = RenderTimings.of(() -> reports.renderFrozen(meeting, format), rounds);
                RenderedDocument first = timings.first();
                Path file = folder.resolve("board-2014-12-02." + format.extension());
                Files.write(file, first.bytes());
                String pages = "";
                if (format == DocumentFormat.PDF) {
                    try (PDDocument pdf = Loader.loadPDF(first.bytes())) {
                        pages = ", " + pdf.getNumberOfPages() + " pages";
                    }
                }
                System.out.printf("BoardReportBenchmark: %s %s%s (%s)%n", format, timings.words(), pages, file);
            }
        }
    }
}

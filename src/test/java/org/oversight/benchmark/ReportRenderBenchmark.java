package org.oversight.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.oversight.reports.render.Renderers;
import org.oversight.reports.render.TestRenderers;
import org.oversight.reports.snapshot.StoredSnapshot;

/**
 * How long rendering a Board-report-sized snapshot takes in each format: 10 objectives with 5
 * milestones each and 20 measures each with an SVG chart and its data table (about the size of the
 * seeds' 2 December 2014 report). For each format: the first render after start (cold), then a few
 * unmeasured rounds, then {@code -Dbenchmark.rounds=N} (10) timed rounds: median and maximum. Target
 * for the PDF: at most 3 s warm. The files are written to {@code target/benchmark/} to look at.
 */
public final class ReportRenderBenchmark {

    private ReportRenderBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("benchmark.rounds", 10);
        Renderers renderers = TestRenderers.renderers();
        StoredSnapshot snapshot = TestRenderers.frozen(ExampleDocuments.boardSized(), ExampleDocuments.provenance());
        Path folder = Files.createDirectories(Path.of("target", "benchmark"));
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX, DocumentFormat.HTML)) {
            RenderTimings timings = RenderTimings.of(() -> renderers.render(snapshot, format), rounds);
            Path file = folder.resolve("board-sized." + format.extension());
            Files.write(file, timings.first().bytes());
            System.out.printf("ReportRenderBenchmark: %s %s (%s)%n", format, timings.words(), file);
        }
    }
}

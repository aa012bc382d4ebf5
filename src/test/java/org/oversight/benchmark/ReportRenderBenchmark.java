package org.oversight.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.oversight.reports.DocumentFormat;
import org.oversight.reports.ExampleDocuments;
import org.oversight.reports.RenderedDocument;
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
            long start = System.nanoTime();
            RenderedDocument first = renderers.render(snapshot, format);
            double cold = (System.nanoTime() - start) / 1e6;
            for (int i = 0; i < 3; i++) {
                renderers.render(snapshot, format);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                renderers.render(snapshot, format);
                times.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(times);
            Path file = folder.resolve("board-sized." + format.extension());
            Files.write(file, first.bytes());
            System.out.printf(
                    "ReportRenderBenchmark: %s cold %.0f ms, warm median %.0f ms, max %.0f ms over %d rounds,"
                            + " %,d bytes (%s)%n",
                    format,
                    cold,
                    times.get(times.size() / 2),
                    times.get(times.size() - 1),
                    rounds,
                    first.bytes().length,
                    file);
        }
    }
}

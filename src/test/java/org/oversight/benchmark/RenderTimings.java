package org.oversight.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.oversight.reports.RenderedDocument;

/**
 * Times a rendering: the first call after start (cold), three unmeasured calls, then {@code rounds}
 * timed calls. Shared by the rendering benchmarks.
 *
 * @param first what the first call rendered (to write out and look at)
 */
record RenderTimings(RenderedDocument first, double coldMs, double medianMs, double maxMs, int rounds) {

    static RenderTimings of(Supplier<RenderedDocument> render, int rounds) {
        long start = System.nanoTime();
        RenderedDocument first = render.get();
        double cold = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 3; i++) {
            render.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            render.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        return new RenderTimings(first, cold, times.get(times.size() / 2), times.get(times.size() - 1), rounds);
    }

    /** "cold 3681 ms, warm median 1280 ms, max 1367 ms over 10 rounds, 625,161 bytes" */
    String words() {
        return String.format(
                "cold %.0f ms, warm median %.0f ms, max %.0f ms over %d rounds, %,d bytes",
                coldMs, medianMs, maxMs, rounds, first.bytes().length);
    }
}

package org.oversight.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.oversight.OversightApplication;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.policedata.Area;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long computing every measure of the 2014-15 Police and Crime Plan takes for the force and each
 * of its districts over 36 months, once warm: the demonstration data are loaded into a fresh embedded
 * PostgreSQL, a few unmeasured rounds warm the JIT and caches, then {@code -Dbenchmark.rounds=N} (20)
 * rounds are timed and the median and maximum printed. Target: at most 500 ms.
 */
public final class PerformanceBenchmark {

    private PerformanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        Path work = Files.createTempDirectory("oversight-performance-benchmark-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--oversight.database.data-dir=" + work.resolve("db"),
                        "--oversight.seed.example-plans=true",
                        "--oversight.seed.demonstration-data=true",
                        "--logging.level.root=WARN")) {
            PerformanceApi performance = context.getBean(PerformanceApi.class);
            List<Area> areas = performance.areas();
            System.out.printf(
                    "areas: %d (%s)%n",
                    areas.size(), areas.stream().map(Area::name).toList());
            long cold = System.nanoTime();
            everyMeasure(performance, areas);
            System.out.printf(
                    "first (cold) round: %.1f ms, reading every police series from the stored counts%n",
                    (System.nanoTime() - cold) / 1e6);
            for (int warm = 0; warm < 5; warm++) {
                everyMeasure(performance, areas);
            }
            List<Double> times = new ArrayList<>();
            int measures = 0;
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                measures = everyMeasure(performance, areas);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            double median = times.size() % 2 == 1
                    ? times.get(times.size() / 2)
                    : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
            System.out.printf("measures computed per round: %d (every measure x %d areas)%n", measures, areas.size());
            System.out.printf(
                    "rounds: %d; median %.1f ms; max %.1f ms (target at most 500 ms)%n",
                    rounds, median, times.get(times.size() - 1));
        } finally {
            delete(work);
        }
    }

    private static int everyMeasure(PerformanceApi performance, List<Area> areas) {
        int count = 0;
        for (Area area : areas) {
            List<MeasurePerformance> measures = performance.measures("wm-police-and-crime-plan", "2014-15", area, null);
            if (measures.isEmpty()) {
                throw new IllegalStateException("the 2014-15 plan has no measures: are the example plans loaded?");
            }
            count += measures.size();
        }
        return count;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.oversight.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.oversight.OversightApplication;
import org.oversight.performance.MeasurePerformance;
import org.oversight.performance.PerformanceApi;
import org.oversight.policedata.Area;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.demo.DemonstrationData;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long computing every measure of the 2014-15 Police and Crime Plan takes for the force and each
 * of its districts over its 36 months (April 2012 to March 2015), warm and cold. The demonstration data
 * (both periods, as on a first start) are loaded into a fresh embedded PostgreSQL; then:
 *
 * <ul>
 *   <li>the first round after start (nothing read yet);
 *   <li>warm: a few unmeasured rounds, then {@code -Dbenchmark.rounds=N} (20) rounds timed: median and
 *       maximum. Target: at most 50 ms;
 *   <li>cold after an import: a street file of a month in the plan's term is imported again with other
 *       rows (it replaces the stored one), and the first round after it is timed, {@code
 *       -Dbenchmark.cold.rounds=N} (5) times: median and maximum. Target: at most 1 s.
 * </ul>
 */
public final class PerformanceBenchmark {

    private static final String PLAN = "wm-police-and-crime-plan";
    private static final String VERSION = "2014-15";
    private static final YearMonth AS_AT = YearMonth.of(2015, 3);

    private PerformanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 20);
        int coldRounds = Integer.getInteger("benchmark.cold.rounds", 5);
        Path work = Files.createTempDirectory("oversight-performance-benchmark-");
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
                        "--logging.level.root=WARN")) {
            System.out.printf(
                    "started with the demonstration data loaded (%s) in %.0f s%n",
                    context.getEnvironment().getProperty("oversight.seed.demonstration-periods"),
                    (System.nanoTime() - started) / 1e9);
            PerformanceApi performance = context.getBean(PerformanceApi.class);
            PoliceDataApi policeData = context.getBean(PoliceDataApi.class);
            List<Area> areas = performance.areas();
            System.out.printf(
                    "areas: %d (%s)%n",
                    areas.size(), areas.stream().map(Area::name).toList());
            long first = System.nanoTime();
            everyMeasure(performance, areas);
            System.out.printf(
                    "first round after start: %.1f ms (every police series read for the first time)%n",
                    (System.nanoTime() - first) / 1e6);
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
            System.out.printf(
                    "measures computed per round: %d (every measure x %d areas), as at %s%n",
                    measures, areas.size(), AS_AT);
            System.out.printf(
                    "warm: %d rounds; median %.1f ms; max %.1f ms (target at most 50 ms)%n",
                    rounds, median(times), Collections.max(times));
            List<Double> cold = new ArrayList<>();
            Path files = work.resolve("files");
            for (int round = 1; round <= coldRounds; round++) {
                Path file = files.resolve(round + "/" + AS_AT + "-west-midlands-street.csv");
                DemonstrationData.writeStreetFile(file, AS_AT, 18_000 + round, 9000L + round);
                List<FileImportResult> imported =
                        policeData.importPaths(List.of(file), true, "benchmark", ImportListener.NONE);
                if (imported.get(0).refused()) {
                    throw new IllegalStateException(
                            "the file was refused: " + imported.get(0).problem());
                }
                long start = System.nanoTime();
                everyMeasure(performance, areas);
                cold.add((System.nanoTime() - start) / 1e6);
                everyMeasure(performance, areas);
            }
            System.out.printf(
                    "cold after an import (%s street file replaced): %d rounds; median %.1f ms; max %.1f ms"
                            + " (target at most 1 s)%n",
                    AS_AT, coldRounds, median(cold), Collections.max(cold));
        } finally {
            delete(work);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int everyMeasure(PerformanceApi performance, List<Area> areas) {
        int count = 0;
        for (Area area : areas) {
            List<MeasurePerformance> measures = performance.measures(PLAN, VERSION, area, AS_AT);
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

package org.oversight.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.oversight.OversightApplication;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.demo.DemonstrationData;
import org.postgresql.PGConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import speed against a bare COPY of the same file, measured in the same run on the same embedded
 * PostgreSQL: a generated data.police.uk street file (1,000,000 rows by default) is loaded by
 * Oversight's importer (checking every row, keeping every column, counting duplicates and unknown
 * values, writing the batch's counts) and, alternately, by a plain {@code COPY ... (FORMAT csv)} into
 * an unindexed table. Run with {@code ./mvnw -Pbenchmark test}; {@code -Dbenchmark.rows=N} and
 * {@code -Dbenchmark.rounds=N} change the size and repetitions. The JVM runs with {@code -Xmx256m}.
 */
public final class PoliceImportBenchmark {

    private PoliceImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Path work = Files.createTempDirectory("oversight-benchmark-");
        Path file = work.resolve("2024-04-west-midlands-street.csv");
        long started = System.nanoTime();
        DemonstrationData.writeStreetFile(file, YearMonth.of(2024, 4), rows, 7L);
        long bytes = Files.size(file);
        System.out.printf(
                "generated %,d rows (%,d MB) in %.1f s: %s%n",
                rows, bytes / 1_000_000, seconds(System.nanoTime() - started), file);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OversightApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--oversight.database.data-dir=" + work.resolve("db"),
                        "--oversight.seed.example-plans=false",
                        "--oversight.seed.demonstration-data=false",
                        // A generated file may be larger than any real monthly file (ADR 0011).
                        "--oversight.police-data.limits.max-rows-per-file=" + Math.max(rows, 1_000_000),
                        "--logging.level.root=WARN",
                        "--logging.level.org.oversight.policedata.load=DEBUG")) {
            PoliceDataApi policeData = context.getBean(PoliceDataApi.class);
            DataSource dataSource = context.getBean(DataSource.class);
            // One unmeasured round first, so that neither side is timed while the JIT and caches warm up.
            bareCopy(dataSource, file, rows);
            importer(policeData, file, rows);
            List<Double> copyRates = new ArrayList<>();
            List<Double> importRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double copy = bareCopy(dataSource, file, rows);
                double imported = importer(policeData, file, rows);
                copyRates.add(copy);
                importRates.add(imported);
                System.out.printf(
                        "round %d: bare COPY %,.0f rows/s, Oversight import %,.0f rows/s, ratio %.2f%n",
                        round, copy, imported, imported / copy);
            }
            double copy = median(copyRates);
            double imported = median(importRates);
            System.out.println();
            System.out.printf("rows                      %,d (%,d MB)%n", rows, bytes / 1_000_000);
            System.out.printf("bare COPY (median)        %,.0f rows/s%n", copy);
            System.out.printf("Oversight import (median) %,.0f rows/s%n", imported);
            System.out.printf("ratio import / bare COPY  %.2f (target at least 0.80)%n", imported / copy);
            System.out.printf(
                    "heap                      -Xmx %,d MB; old generation peak %,d MB%n",
                    Runtime.getRuntime().maxMemory() / 1_000_000, oldGenerationPeak() / 1_000_000);
        } finally {
            delete(work);
        }
    }

    /** COPY of the file as it is into an unindexed table of twelve text columns. */
    private static double bareCopy(DataSource dataSource, Path file, int rows) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE benchmark_bare_copy (crime_id text, month text, reported_by text,"
                        + " falls_within text, longitude text, latitude text, location text, lsoa_code text,"
                        + " lsoa_name text, crime_type text, last_outcome_category text, context text)");
            }
            long start = System.nanoTime();
            long copied;
            try (InputStream input = Files.newInputStream(file)) {
                copied = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY benchmark_bare_copy FROM STDIN (FORMAT csv, HEADER true)", input, 1 << 16);
            }
            connection.commit();
            long elapsed = System.nanoTime() - start;
            if (copied != rows) {
                throw new IllegalStateException("bare COPY loaded " + copied + " rows, not " + rows);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE benchmark_bare_copy");
            }
            connection.commit();
            return rows / seconds(elapsed);
        }
    }

    /** Oversight's import of the same file, then the batch removed so the next round loads it again. */
    private static double importer(PoliceDataApi policeData, Path file, int rows) {
        long start = System.nanoTime();
        List<FileImportResult> results = policeData.importPaths(List.of(file), false, "benchmark", ImportListener.NONE);
        long elapsed = System.nanoTime() - start;
        FileImportResult result = results.get(0);
        if (result.refused() || result.rowsAccepted() != rows) {
            throw new IllegalStateException("the import did not load every row: " + result);
        }
        policeData.removeBatch(result.batchId(), "benchmark");
        return rows / seconds(elapsed);
    }

    /** What survived collection at its largest: the memory the import really holds. */
    private static long oldGenerationPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().matches("(?i).*(old|tenured).*")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.oversight.policedata.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the first start, generates 36 months of demonstration data (April 2012 to March 2015, West
 * Midlands) and loads it through the same importer as real files, marked as demonstration data.
 * Done once: removing the data ({@code ./oversight police-data remove-demonstration}) does not bring
 * it back.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "oversight.seed.demonstration-data", havingValue = "true", matchIfMissing = true)
class DemonstrationSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemonstrationSeed.class);
    static final String SEED = "demonstration-data";
    static final YearMonth FIRST = YearMonth.of(2012, 4);
    static final int MONTHS = 36;

    private final PoliceDataApi policeData;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemonstrationSeed(PoliceDataApi policeData, JdbcClient jdbc, Clock clock) {
        this.policeData = policeData;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM policedata.seed_record WHERE name = :name)")
                .param("name", SEED)
                .query(Boolean.class)
                .single();
        if (done || !policeData.batches().isEmpty()) {
            return;
        }
        log.info("event=demonstration_data_loading months={} from={} (first start only)", MONTHS, FIRST);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("oversight-");
            Path data = folder.resolve("demonstration-data");
            int files = DemonstrationData.write(data, FIRST, MONTHS, 2014L).size();
            List<FileImportResult> results = policeData.importPaths(List.of(data), true, SEED, new ImportListener() {
                private int finished;

                @Override
                public void fileFinished(FileImportResult result) {
                    if (++finished % 12 == 0) {
                        log.info("event=demonstration_data_progress files={}/{}", finished, files);
                    }
                }
            });
            long refused = results.stream().filter(FileImportResult::refused).count();
            if (refused > 0) {
                throw new IllegalStateException("the demonstration data did not load: "
                        + results.stream()
                                .filter(FileImportResult::refused)
                                .findFirst()
                                .orElseThrow());
            }
            jdbc.sql("INSERT INTO policedata.seed_record (name, done_at) VALUES (:name, :at)")
                    .param("name", SEED)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            log.info(
                    "event=demonstration_data_loaded files={} rows={}",
                    results.size(),
                    results.stream().mapToLong(FileImportResult::rowsAccepted).sum());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demonstration data", e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("event=demonstration_folder_not_deleted folder={}", folder);
        }
    }
}

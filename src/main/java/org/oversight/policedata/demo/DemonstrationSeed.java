package org.oversight.policedata.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.oversight.platform.TemporaryFiles;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.load.PoliceFileLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start, generates 36 months of demonstration data (April 2012 to March 2015, West
 * Midlands) and loads it through the same importer as real files, marked as demonstration data.
 *
 * <p>It starts once the application is ready (after the example plans have loaded) and, unless
 * {@code oversight.seed.demonstration-data-in-background} is false, runs on its own thread, so
 * neither start-up nor requests wait for it; {@link DemonstrationProgress} says how far it has got.
 * It is done once: only when every file has loaded is it recorded as done, and a start that finds
 * a load begun and not finished loads the files again (those already loaded are identical, so they
 * are left unchanged). Removing the data ({@code ./oversight police-data remove-demonstration}) also
 * records it as done, so they are not loaded again.
 */
@Component
@ConditionalOnProperty(name = "oversight.seed.demonstration-data", havingValue = "true", matchIfMissing = true)
class DemonstrationSeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemonstrationSeed.class);
    static final String SEED = "demonstration-data";
    static final YearMonth FIRST = YearMonth.of(2012, 4);
    static final int MONTHS = 36;
    static final int FILES = 3 * MONTHS;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final PoliceDataApi policeData;
    private final PoliceFileLoader loader;
    private final DemonstrationRecord record;
    private final DemonstrationProgress progress;
    private final Clock clock;
    private final TemporaryFiles temporaryFiles;
    private final boolean inBackground;
    private volatile boolean stopping;
    private volatile boolean running;
    private volatile Thread thread;

    DemonstrationSeed(
            PoliceDataApi policeData,
            PoliceFileLoader loader,
            DemonstrationRecord record,
            DemonstrationProgress progress,
            Clock clock,
            TemporaryFiles temporaryFiles,
            @Value("${oversight.seed.demonstration-data-in-background:true}") boolean inBackground) {
        this.policeData = policeData;
        this.loader = loader;
        this.record = record;
        this.progress = progress;
        this.clock = clock;
        this.temporaryFiles = temporaryFiles;
        this.inBackground = inBackground;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void applicationReady() {
        boolean resume = record.started();
        if (record.done() || (!resume && !policeData.batches().isEmpty())) {
            return;
        }
        record.markStarted(clock.instant());
        progress.started(FILES, clock.instant());
        log.info(
                "event=demonstration_data_loading months={} from={} resume={} background={}",
                MONTHS,
                FIRST,
                resume,
                inBackground);
        if (inBackground) {
            thread = new Thread(this::load, "demonstration-data");
            thread.setDaemon(true);
            thread.start();
        } else {
            load();
        }
    }

    /** Generates the files and loads them one by one; never throws, a failure is logged and shown. */
    void load() {
        Path folder = null;
        try {
            // In Oversight's temporary folder, which a start cleans if this process dies before deleting it.
            folder = temporaryFiles.newFolder("demonstration-");
            Path data = folder.resolve(SEED);
            List<Path> files = DemonstrationData.write(data, FIRST, MONTHS, 2014L);
            long rows = 0;
            for (Path file : files) {
                if (stopping) {
                    progress.failed("Oversight stopped before they had all loaded");
                    log.info("event=demonstration_data_stopped files={}/{}", progress.filesDone(), files.size());
                    return;
                }
                if (record.done()) {
                    // Removed while loading (by the command line, or the API): remove what arrived since.
                    int removed = policeData.removeDemonstrationData();
                    log.info("event=demonstration_data_removed_while_loading batches={}", removed);
                    progress.finished();
                    return;
                }
                String name = SEED + "/" + data.relativize(file).toString().replace('\\', '/');
                FileImportResult result = loader.load(name, file, true, SEED, ImportListener.NONE);
                if (result.refused()) {
                    throw new IllegalStateException(name + " was refused: " + result.problem());
                }
                rows += result.rowsAccepted();
                progress.fileDone();
            }
            record.markDone(clock.instant());
            log.info("event=demonstration_data_loaded files={} rows={}", files.size(), rows);
            progress.finished();
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                log.info(
                        "event=demonstration_data_stopped files={}/{} reason={} (resumed on the next start)",
                        progress.filesDone(),
                        FILES,
                        e.getMessage());
            } else {
                log.error("event=demonstration_data_failed files={}/{}", progress.filesDone(), FILES, e);
            }
            progress.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            temporaryFiles.delete(folder);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Called first when the application stops: lets the file being loaded finish (its own
     * transaction), then stops; the next start resumes. (A failure from here on is the shutdown,
     * not the data, and is logged as such.)
     */
    @Override
    public void stop() {
        stopping = true;
        running = false;
        Thread loading = thread;
        if (loading != null) {
            try {
                loading.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (loading.isAlive()) {
                log.warn("event=demonstration_data_still_loading_at_shutdown");
            }
        }
    }
}

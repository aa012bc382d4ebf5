package org.oversight.policedata.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.oversight.platform.TemporaryFiles;
import org.oversight.policedata.DemonstrationDataLoaded;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;
import org.oversight.policedata.PoliceDataApi;
import org.oversight.policedata.load.PoliceFileLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start, generates demonstration data for the example force and loads it through the
 * same importer as real files, marked as demonstration data: by default April 2019 to March 2025 (the
 * 2021-25 plan's term and its 2019/20 baselines), then April 2012 to March 2015 (the 2014-15 plan's),
 * each period generated and loaded in turn ({@code oversight.seed.demonstration-periods}).
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
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** A period of months generated together, with the generator's seed for it. */
    record Period(YearMonth first, int months, long seed) {

        /** "2019-04..2025-03": the earlier period keeps the seed it always had, so its files never change. */
        static Period parse(String text) {
            String[] ends = text.strip().split("\\.\\.");
            if (ends.length != 2) {
                throw new IllegalArgumentException("a demonstration period is written 2019-04..2025-03, not " + text);
            }
            YearMonth first = YearMonth.parse(ends[0].strip());
            YearMonth last = YearMonth.parse(ends[1].strip());
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("the demonstration period " + text + " ends before it starts");
            }
            int months = (int)
                    (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue() + 1);
            return new Period(first, months, first.getYear() < 2016 ? 2014L : first.getYear());
        }
    }

    private final PoliceDataApi policeData;
    private final PoliceFileLoader loader;
    private final DemonstrationRecord record;
    private final DemonstrationProgress progress;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TemporaryFiles temporaryFiles;
    private final boolean inBackground;
    private final List<Period> periods;
    private final int files;
    private volatile boolean stopping;
    private volatile boolean running;
    private volatile Thread thread;

    DemonstrationSeed(
            PoliceDataApi policeData,
            PoliceFileLoader loader,
            DemonstrationRecord record,
            DemonstrationProgress progress,
            Clock clock,
            ApplicationEventPublisher events,
            TemporaryFiles temporaryFiles,
            @Value("${oversight.seed.demonstration-data-in-background:true}") boolean inBackground,
            @Value("${oversight.seed.demonstration-periods:2019-04..2025-03,2012-04..2015-03}") List<String> periods) {
        this.policeData = policeData;
        this.loader = loader;
        this.record = record;
        this.progress = progress;
        this.clock = clock;
        this.events = events;
        this.temporaryFiles = temporaryFiles;
        this.inBackground = inBackground;
        this.periods = periods.stream().map(Period::parse).toList();
        this.files = 3 * this.periods.stream().mapToInt(Period::months).sum();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void applicationReady() {
        boolean resume = record.started();
        if (record.done() || (!resume && !policeData.batches().isEmpty())) {
            return;
        }
        record.markStarted(clock.instant());
        progress.started(files, clock.instant());
        log.info(
                "event=demonstration_data_loading periods={} files={} resume={} background={}",
                periods.stream().map(p -> p.first() + "+" + p.months()).toList(),
                files,
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

    /**
     * Generates each period's files and loads them one by one, then deletes them; never throws, a
     * failure is logged and shown.
     */
    void load() {
        Path folder = null;
        try {
            // In Oversight's temporary folder, which a start cleans if this process dies before deleting it.
            folder = temporaryFiles.newFolder("demonstration-");
            long rows = 0;
            for (Period period : periods) {
                Path data = folder.resolve(SEED);
                List<Path> written = DemonstrationData.write(data, period.first(), period.months(), period.seed());
                for (Path file : written) {
                    if (stopping) {
                        progress.failed("Oversight stopped before they had all loaded");
                        log.info("event=demonstration_data_stopped files={}/{}", progress.filesDone(), files);
                        return;
                    }
                    if (record.done()) {
                        // Removed while loading (by the command line, or the API): remove what arrived since.
                        int removed = policeData.removeDemonstrationData(SEED);
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
                    Files.delete(file);
                }
            }
            record.markDone(clock.instant());
            events.publishEvent(new DemonstrationDataLoaded(files, rows, SEED));
            log.info("event=demonstration_data_loaded files={} rows={}", files, rows);
            progress.finished();
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                log.info(
                        "event=demonstration_data_stopped files={}/{} reason={} (resumed on the next start)",
                        progress.filesDone(),
                        files,
                        e.getMessage());
            } else {
                log.error("event=demonstration_data_failed files={}/{}", progress.filesDone(), files, e);
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

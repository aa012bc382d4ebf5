package org.oversight.policedata.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.PoliceDataApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports uploaded files in the background, one upload at a time. Every upload is recorded in the
 * database ({@link UploadRecords}), so that its page, which only its uploader and administrators may
 * see, outlives a restart; an upload still waiting or running when Oversight stopped is marked
 * interrupted when it starts again. (Made by the web application only: the command line never
 * creates it, so a command cannot mark the web application's uploads interrupted.) Its own
 * executor rather than an {@code Executor} bean, which would displace the application's shared task
 * executor.
 */
@Component
class ImportJobs implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final PoliceDataApi policeData;
    private final UploadRecords records;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "police-data-import");
        thread.setDaemon(true);
        return thread;
    });
    /** The uploads of this process that have not ended. */
    private final Map<String, ImportJob> live = new ConcurrentHashMap<>();

    ImportJobs(PoliceDataApi policeData, UploadRecords records, Clock clock) {
        this.policeData = policeData;
        this.records = records;
        this.clock = clock;
    }

    /** As Oversight starts, no upload is running: those recorded as waiting or running were interrupted. */
    @Override
    public void afterPropertiesSet() {
        int interrupted = records.interruptUnfinished(clock.instant());
        if (interrupted > 0) {
            log.warn("event=police_uploads_interrupted uploads={}", interrupted);
        }
    }

    /** Starts importing the files; the folder is deleted when the import is over. */
    ImportJob start(UploadFolder upload, boolean demonstration, String by) {
        ImportJob job = create(
                UUID.randomUUID().toString(),
                by,
                upload.expectedFiles(),
                demonstration,
                upload.files().stream()
                        .map(file -> file.getFileName().toString())
                        .toList());
        try {
            executor.execute(new Upload(job, upload, demonstration, by, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            upload.close();
            job.interrupted();
            throw e;
        }
        return job;
    }

    /** Records a new upload, waiting; it is this process's until it ends. */
    ImportJob create(String id, String by, int expectedFiles, boolean demonstration, List<String> files) {
        records.create(id, by, clock.instant(), expectedFiles, demonstration, files);
        ImportJob job = new ImportJob(records, clock, id);
        live.put(id, job);
        return job;
    }

    /**
     * An upload waiting for its turn: it owns its folder until it has run or is dropped. It runs as
     * the user who uploaded it (their security context), so that what it changes is theirs in the
     * audit trail, from the address they signed in from.
     */
    private final class Upload implements Runnable {
        private final ImportJob job;
        private final UploadFolder folder;
        private final boolean demonstration;
        private final String by;
        private final SecurityContext uploader;

        Upload(ImportJob job, UploadFolder folder, boolean demonstration, String by, SecurityContext uploader) {
            this.job = job;
            this.folder = folder;
            this.demonstration = demonstration;
            this.by = by;
            this.uploader = uploader;
        }

        @Override
        public void run() {
            SecurityContextHolder.setContext(uploader);
            try {
                ImportJobs.this.run(this);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** The upload as its page shows it, live while this process imports it. */
    Optional<ImportJob.View> find(String id) {
        return records.find(id).map(stored -> {
            ImportJob job = live.get(id);
            return job == null ? view(stored, null, null, 0) : job.view(stored);
        });
    }

    /** The latest uploads, newest first: one user's, or everyone's when {@code by} is null. */
    List<UploadRecords.Summary> recent(String by, int limit) {
        return records.recent(by, limit);
    }

    static ImportJob.View view(UploadRecords.Stored stored, String currentFile, Integer percent, long rowsRead) {
        boolean running = stored.state() == ImportJob.State.WAITING || stored.state() == ImportJob.State.RUNNING;
        return new ImportJob.View(
                stored.id(),
                stored.state(),
                stored.startedBy(),
                stored.startedAt(),
                running ? (currentFile != null ? currentFile : stored.currentFile()) : null,
                percent,
                rowsRead,
                stored.results().size(),
                Math.max(stored.filesExpected(), stored.results().size()),
                running ? null : stored.currentFile(),
                stored.results());
    }

    /** Whether an upload of this process is still waiting or being imported. */
    boolean busy() {
        return live.values().stream().anyMatch(ImportJob::running);
    }

    private void run(Upload upload) {
        ImportJob job = upload.job;
        try {
            job.started();
            log.info(
                    "event=police_upload_started job={} files={}",
                    job.id(),
                    upload.folder.files().size());
            List<FileImportResult> results =
                    policeData.importPaths(upload.folder.files(), upload.demonstration, upload.by, job);
            job.finished(results);
            log.info("event=police_upload_finished job={} files={}", job.id(), results.size());
        } catch (RuntimeException e) {
            log.error("event=police_upload_failed job={}", job.id(), e);
        } finally {
            try {
                if (job.running()) {
                    job.failed();
                }
            } catch (RuntimeException e) {
                log.warn("event=police_upload_state_not_recorded job={} reason={}", job.id(), e.getMessage());
            } finally {
                live.remove(job.id());
                upload.folder.close();
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // Uploads still waiting never run: they are interrupted, and their folders deleted here.
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof Upload upload) {
                upload.job.interrupted();
                live.remove(upload.job.id());
                upload.folder.close();
            }
        }
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("event=police_upload_still_running_at_shutdown");
        }
    }
}

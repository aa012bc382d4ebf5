package org.oversight.policedata.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.PoliceDataApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Imports uploaded files in the background, one upload at a time, and remembers the most recent
 * jobs (in memory only) so their pages can show progress and results. Its own executor rather than
 * an {@code Executor} bean, which would displace the application's shared task executor.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Jobs remembered; the oldest is forgotten first. */
    static final int KEPT = 20;

    private final PoliceDataApi policeData;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "police-data-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT;
        }
    };

    ImportJobs(PoliceDataApi policeData, Clock clock) {
        this.policeData = policeData;
        this.clock = clock;
    }

    /** Starts importing the files; the folder is deleted when the import is over. */
    ImportJob start(UploadFolder upload, boolean demonstration, String by) {
        ImportJob job =
                remember(new ImportJob(UUID.randomUUID().toString(), by, clock.instant(), upload.expectedFiles()));
        try {
            executor.execute(new Upload(job, upload, demonstration, by, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            upload.close();
            throw e;
        }
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

    ImportJob remember(ImportJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        return job;
    }

    Optional<ImportJob> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Whether any remembered upload is still waiting or being imported. */
    boolean busy() {
        synchronized (jobs) {
            return jobs.values().stream().anyMatch(job -> job.view().running());
        }
    }

    private void run(Upload upload) {
        ImportJob job = upload.job;
        job.started();
        log.info(
                "event=police_upload_started job={} files={}",
                job.id(),
                upload.folder.files().size());
        try {
            List<FileImportResult> results =
                    policeData.importPaths(upload.folder.files(), upload.demonstration, upload.by, job);
            job.finished(results);
            log.info("event=police_upload_finished job={} files={}", job.id(), results.size());
        } catch (RuntimeException e) {
            log.error("event=police_upload_failed job={}", job.id(), e);
        } finally {
            if (job.view().running()) {
                job.failed();
            }
            upload.folder.close();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // Uploads still waiting never run: their folders are deleted here.
        for (Runnable waiting : executor.shutdownNow()) {
            if (waiting instanceof Upload upload) {
                upload.job.failed();
                upload.folder.close();
            }
        }
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("event=police_upload_still_running_at_shutdown");
        }
    }
}

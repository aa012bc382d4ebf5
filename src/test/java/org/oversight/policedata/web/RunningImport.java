package org.oversight.policedata.web;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * An upload that stays in the middle of importing its first file until it is closed, so that tests
 * outside this package (the browser tests) can look at the page of an import still running.
 */
public final class RunningImport implements AutoCloseable {

    private final ImportJob job;

    private RunningImport(ImportJob job) {
        this.job = job;
    }

    /** Starts it; its page is {@code /police-data/imports/{id}}. */
    public static RunningImport start(ApplicationContext context, String id, String by) {
        ImportJob job =
                context.getBean(ImportJobs.class).create(id, by, 3, false, List.of("2024-04-west-midlands-street.csv"));
        job.started();
        String file = "/tmp/oversight-upload-0/1/2024-04-west-midlands-street.csv";
        job.fileStarted(file, 1000);
        job.progressed(file, 420, 12_000);
        return new RunningImport(job);
    }

    /** Marks it interrupted, as a start finds an upload Oversight was importing when it stopped. */
    public void interrupt() {
        job.interrupted();
    }

    /** Ends it as failed, as an import that stopped, so that nothing waits for it. */
    @Override
    public void close() {
        job.failed();
    }
}

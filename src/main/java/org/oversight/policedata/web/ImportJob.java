package org.oversight.policedata.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;

/**
 * One upload being imported in the background. The importing thread reports to it; pages read a
 * consistent {@link View} of it.
 */
final class ImportJob implements ImportListener {

    enum State {
        WAITING,
        RUNNING,
        FINISHED,
        FAILED
    }

    /** The job as a page shows it. {@code percent} is null while the file's size is not known. */
    record View(
            String id,
            State state,
            String startedBy,
            Instant createdAt,
            String currentFile,
            Integer percent,
            long rowsRead,
            int filesDone,
            int filesTotal,
            String stoppedAt,
            List<FileImportResult> results) {

        public boolean running() {
            return state == State.WAITING || state == State.RUNNING;
        }
    }

    private final String id;
    private final String startedBy;
    private final Instant createdAt;
    private final int expectedFiles;
    private State state = State.WAITING;
    private String currentFile;
    private long currentBytes = -1;
    private long bytesRead;
    private long rowsRead;
    private String stoppedAt;
    private final List<FileImportResult> results = new ArrayList<>();

    ImportJob(String id, String startedBy, Instant createdAt, int expectedFiles) {
        this.id = id;
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.expectedFiles = expectedFiles;
    }

    String id() {
        return id;
    }

    synchronized void started() {
        state = State.RUNNING;
    }

    @Override
    public synchronized void fileStarted(String file, long bytes) {
        currentFile = file;
        currentBytes = bytes;
        bytesRead = 0;
        rowsRead = 0;
    }

    @Override
    public synchronized void progressed(String file, long bytesRead, long rowsRead) {
        this.bytesRead = bytesRead;
        this.rowsRead = rowsRead;
    }

    @Override
    public synchronized void fileFinished(FileImportResult result) {
        results.add(result);
        currentFile = null;
        currentBytes = -1;
        bytesRead = 0;
        rowsRead = 0;
    }

    /** The import is over; {@code all} is every file's result, as the import returned them. */
    synchronized void finished(List<FileImportResult> all) {
        results.clear();
        results.addAll(all);
        currentFile = null;
        state = State.FINISHED;
    }

    /** The import stopped part-way: the files with results were dealt with, the rest were not. */
    synchronized void failed() {
        stoppedAt = currentFile;
        currentFile = null;
        state = State.FAILED;
    }

    synchronized View view() {
        Integer percent = currentBytes > 0 ? (int) Math.min(100, bytesRead * 100 / currentBytes) : null;
        return new View(
                id,
                state,
                startedBy,
                createdAt,
                currentFile,
                percent,
                rowsRead,
                results.size(),
                Math.max(expectedFiles, results.size()),
                stoppedAt,
                List.copyOf(results));
    }
}

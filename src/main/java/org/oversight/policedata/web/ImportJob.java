package org.oversight.policedata.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.oversight.policedata.FileImportResult;
import org.oversight.policedata.ImportListener;

/**
 * One upload being imported in the background, as the importing thread reports it. What lasts (its
 * state, each file's result, the file it is on) is written to {@link UploadRecords} as it happens;
 * how far into a file it has read is kept here only, for the page while it runs.
 */
final class ImportJob implements ImportListener {

    enum State {
        WAITING,
        RUNNING,
        FINISHED,
        FAILED,
        /** Oversight stopped while the upload was waiting or being imported. */
        INTERRUPTED
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

        /** Failed or interrupted: the files after the last result were not imported. */
        public boolean stopped() {
            return state == State.FAILED || state == State.INTERRUPTED;
        }
    }

    private final UploadRecords records;
    private final Clock clock;
    private final String id;
    private State state = State.WAITING;
    private String currentFile;
    private long currentBytes = -1;
    private long bytesRead;
    private long rowsRead;
    private int filesDone;

    ImportJob(UploadRecords records, Clock clock, String id) {
        this.records = records;
        this.clock = clock;
        this.id = id;
    }

    String id() {
        return id;
    }

    synchronized void started() {
        state = State.RUNNING;
        records.state(id, state, null, null);
    }

    @Override
    public synchronized void fileStarted(String file, long bytes) {
        currentFile = file;
        currentBytes = bytes;
        bytesRead = 0;
        rowsRead = 0;
        records.fileStarted(id, file);
    }

    @Override
    public synchronized void progressed(String file, long bytesRead, long rowsRead) {
        this.bytesRead = bytesRead;
        this.rowsRead = rowsRead;
    }

    @Override
    public synchronized void fileFinished(FileImportResult result) {
        records.fileFinished(id, result);
        filesDone++;
        currentFile = null;
        currentBytes = -1;
        bytesRead = 0;
        rowsRead = 0;
    }

    /** The import is over; {@code all} is every file's result, as the import returned them. */
    synchronized void finished(List<FileImportResult> all) {
        for (FileImportResult missing : all.subList(Math.min(filesDone, all.size()), all.size())) {
            fileFinished(missing);
        }
        currentFile = null;
        state = State.FINISHED;
        records.state(id, state, null, clock.instant());
    }

    /** The import stopped part-way: the files with results were dealt with, the rest were not. */
    synchronized void failed() {
        end(State.FAILED);
    }

    /** Oversight is stopping before (or while) the upload was imported. */
    synchronized void interrupted() {
        end(State.INTERRUPTED);
    }

    private void end(State how) {
        String stoppedAt = currentFile;
        currentFile = null;
        state = how;
        records.state(id, state, stoppedAt, clock.instant());
    }

    synchronized boolean running() {
        return state == State.WAITING || state == State.RUNNING;
    }

    /** The stored upload, with how far into its current file the import has read. */
    synchronized View view(UploadRecords.Stored stored) {
        boolean live = running() && stored.state() == state;
        Integer percent = live && currentBytes > 0 ? (int) Math.min(100, bytesRead * 100 / currentBytes) : null;
        return ImportJobs.view(stored, live ? currentFile : null, percent, live ? rowsRead : 0);
    }
}

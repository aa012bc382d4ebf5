package org.oversight.reports;

/** No snapshot has this id. */
public class SnapshotNotFound extends RuntimeException {

    public SnapshotNotFound(SnapshotId id) {
        super("there is no snapshot " + id);
    }

    /** Something asked of a snapshot that it does not have (a section by its id). */
    public SnapshotNotFound(String message) {
        super(message);
    }
}

package org.oversight.reports;

/** No snapshot has this id. */
public class SnapshotNotFound extends RuntimeException {

    public SnapshotNotFound(SnapshotId id) {
        super("there is no snapshot " + id);
    }
}

package org.oversight.reports;

/** A snapshot's number: one for each version of each document, never reused. */
public record SnapshotId(long value) {

    public SnapshotId {
        if (value <= 0) {
            throw new IllegalArgumentException("a snapshot id is a positive number: " + value);
        }
    }

    public static SnapshotId of(long value) {
        return new SnapshotId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

package org.oversight.reports;

/**
 * A frozen snapshot's stored content no longer matches the SHA-256 taken when it was frozen: it was
 * changed outside Oversight. It is not rendered.
 */
public class SnapshotTampered extends RuntimeException {

    public SnapshotTampered(SnapshotId id, String expected, String actual) {
        super("snapshot " + id + " has been changed since it was frozen: its content's SHA-256 is " + actual + ", not "
                + expected + " as recorded when it was frozen; it will not be rendered");
    }
}

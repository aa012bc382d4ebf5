package org.oversight.reports;

/**
 * What was asked cannot be done to this snapshot in its state (editing a frozen one, approving your
 * own, correcting an old version…); the message says why and what can be done instead.
 */
public class SnapshotRefused extends RuntimeException {

    public SnapshotRefused(String message) {
        super(message);
    }
}

package org.oversight.policedata;

/** A month could not be marked (or its mark cleared); the message says why, and nothing changed. */
public class MonthMarkRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MonthMarkRefused(String message) {
        super(message);
    }
}

package org.oversight.finance.grant;

/** A save made from a copy that someone else has changed since: nothing was saved. */
public class GrantConflict extends RuntimeException {

    public GrantConflict(String message) {
        super(message);
    }
}

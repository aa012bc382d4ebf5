package org.oversight.decisions.register;

/** A save made from a copy of a decision that someone else has changed since: nothing was saved. */
public class DecisionConflict extends RuntimeException {

    public DecisionConflict(String message) {
        super(message);
    }
}

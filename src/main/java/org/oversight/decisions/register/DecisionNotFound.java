package org.oversight.decisions.register;

/** There is no decision with that number. */
public class DecisionNotFound extends RuntimeException {

    public DecisionNotFound(String message) {
        super(message);
    }
}

package org.oversight.stopsearch;

/** A request for stop and search figures that cannot be answered, with a message saying what is wrong and where. */
public class StopSearchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StopSearchRefused(String message) {
        super(message);
    }
}

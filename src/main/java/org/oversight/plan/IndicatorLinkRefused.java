package org.oversight.plan;

/** A measure cannot be linked to the indicator: the message says why. Nothing was changed. */
public class IndicatorLinkRefused extends RuntimeException {
    public IndicatorLinkRefused(String message) {
        super(message);
    }
}

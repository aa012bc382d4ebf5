package org.oversight.performance.indicator;

/** The indicator catalogue cannot be used: the message names the entry at fault. */
public class IndicatorCatalogueInvalid extends RuntimeException {
    public IndicatorCatalogueInvalid(String message) {
        super(message);
    }
}

package org.oversight.performance.period;

/** How the monthly values of an indicator combine into one figure for a period of several months. */
public enum Aggregation {
    /** Counts (crimes, searches): the figure for a period is the sum of its months. */
    SUM,
    /**
     * Rates (positive outcome rate, detections per crime): the figure for a period is the sum of the
     * numerators divided by the sum of the denominators, never the mean of the monthly rates.
     */
    RATIO,
    /**
     * Point-in-time levels (officer and PCSO numbers): the figure for a period is the value of its
     * last month.
     */
    LATEST
}

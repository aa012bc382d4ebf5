package org.oversight.performance.measure;

import java.util.Map;
import org.oversight.performance.indicator.Indicator;

/**
 * What one request computes its measures from, read once for all of them: the police data's version
 * and the observations' revision (figures kept in memory are valid for them), whether demonstration
 * data are loaded, and the indicators' current definitions.
 */
public record Reading(
        String dataVersion, String observedRevision, boolean demonstration, Map<String, Indicator> indicators) {

    /** The state of the data a result was computed from: results kept for one state are valid for it. */
    String dataState() {
        return dataVersion + "|" + observedRevision + "|" + demonstration;
    }
}

package org.oversight.performance.measure;

import java.util.Map;
import org.oversight.performance.indicator.Indicator;

/**
 * What one request computes its measures from, read once for all of them: the police data's version
 * (figures kept in memory are valid for it), whether demonstration data are loaded, and the
 * indicators' current definitions.
 */
public record Reading(String dataVersion, boolean demonstration, Map<String, Indicator> indicators) {}

package org.oversight.performance.indicator;

import java.time.Instant;

/** One saved version of an indicator's definition: why it was made, by whom and when. */
public record IndicatorVersion(Indicator indicator, String note, String savedBy, Instant savedAt) {}

package org.oversight.performance;

import java.math.BigDecimal;
import org.oversight.shared.ReportingPeriod;

/**
 * A value for an indicator, period and area, with its numerator and denominator when it is a rate,
 * and where it comes from.
 */
public record Observation(
        String indicatorCode,
        ReportingPeriod period,
        String area,
        BigDecimal value,
        BigDecimal numerator,
        BigDecimal denominator,
        String source) {}
